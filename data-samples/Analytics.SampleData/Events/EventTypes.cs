namespace Analytics.SampleData.Events;

/// <summary>Every event type of the contract, with invented titles in Russian and Kazakh.</summary>
internal static class EventTypes
{
    public static readonly EventType Launch = new("launch", 2,
        ["Старт единой кампании «Сильные профсоюзы — сильный голос человека труда»", "Обращение председателя к членам профсоюза"],
        ["«Күшті кәсіподақтар — еңбек адамының күшті дауысы» бірыңғай науқанының басталуы", "Төрағаның кәсіподақ мүшелеріне үндеуі"]);

    public static readonly EventType UnifiedDay = new("unified_day", 2,
        ["Единый профсоюзный день: «Зачем сегодня нужны профсоюзы?»", "Единый профсоюзный день в трудовом коллективе"],
        ["Бірыңғай кәсіподақ күні: «Бүгін кәсіподақ не үшін керек?»", "Еңбек ұжымындағы бірыңғай кәсіподақ күні"]);

    public static readonly EventType MembersMeeting = new("members_meeting", 2,
        ["Собрание трудового коллектива", "Встреча с членами профсоюза", "Отчётное собрание первичной организации"],
        ["Еңбек ұжымының жиналысы", "Кәсіподақ мүшелерімен кездесу", "Бастауыш ұйымның есептік жиналысы"]);

    public static readonly EventType QuestionsToChair = new("questions_to_chair", 2,
        ["Акция «100 вопросов председателю»", "Открытая встреча «Мой вопрос председателю»"],
        ["«Төрағаға 100 сұрақ» акциясы", "«Менің төрағаға сұрағым» ашық кездесуі"]);

    public static readonly EventType ReceptionDay = new("reception_day", 2,
        ["Единый день приёма граждан", "Личный приём членов профсоюза руководителями"],
        ["Азаматтарды қабылдаудың бірыңғай күні", "Кәсіподақ мүшелерін басшылардың жеке қабылдауы"]);

    public static readonly EventType PrimaryWeek = new("primary_week", 5,
        ["Неделя первички: работа в трудовом коллективе", "Выездной приём в рамках «Недели первички»"],
        ["Бастауыш ұйым апталығы: еңбек ұжымындағы жұмыс", "«Бастауыш ұйым апталығы» аясында көшпелі қабылдау"]);

    public static readonly EventType LegalAidDay = new("legal_aid_day", 1,
        ["Единый день правовой помощи", "Бесплатные юридические консультации для работников"],
        ["Құқықтық көмектің бірыңғай күні", "Қызметкерлерге арналған тегін заң кеңестері"]);

    public static readonly EventType SafetyDay = new("safety_day", 1,
        ["Единый день охраны труда", "Проверка рабочих мест и инструктаж по охране труда"],
        ["Еңбекті қорғаудың бірыңғай күні", "Жұмыс орындарын тексеру және еңбек қауіпсіздігі нұсқамасы"]);

    public static readonly EventType UnionInNumbers = new("union_in_numbers", 1,
        ["Акция «Профсоюзы в цифрах»", "Инфографика «Профсоюзы в цифрах» на стенде предприятия"],
        ["«Кәсіподақтар сандарда» акциясы", "Кәсіпорын стендіндегі «Кәсіподақтар сандарда» инфографикасы"]);

    public static readonly EventType DayWithUnion = new("day_with_union", 4,
        ["Видеосюжет «Один день с профсоюзом»", "«Один день с профсоюзом»: день технического инспектора"],
        ["«Кәсіподақпен бір күн» бейнесюжеті", "«Кәсіподақпен бір күн»: техникалық инспектордың күні"]);

    public static readonly EventType ThanksForLabor = new("thanks_for_labor", 3,
        ["Акция «Спасибо за труд»: чествование ветеранов и наставников", "Чествование молодых специалистов"],
        ["«Еңбегіңізге рахмет» акциясы: ардагерлер мен тәлімгерлерді құрметтеу", "Жас мамандарды құрметтеу"]);

    public static readonly EventType DynastyEvent = new("dynasty_event", 3,
        ["Вечер трудовых династий", "Встреча с трудовыми династиями предприятия"],
        ["Еңбек әулеттерінің кеші", "Кәсіпорынның еңбек әулеттерімен кездесу"]);

    public static readonly EventType GenerationsMeeting = new("generations_meeting", 3,
        ["Встреча поколений: ветераны труда и молодёжь", "Круглый стол «Наставник и ученик»"],
        ["Буындар кездесуі: еңбек ардагерлері мен жастар", "«Тәлімгер мен шәкірт» дөңгелек үстелі"]);

    public static readonly EventType LaborPersonContest = new("labor_person_contest", 3,
        ["Конкурс «Человек труда глазами коллектива»", "Итоги конкурса «Человек труда глазами коллектива»"],
        ["«Ұжым көзімен еңбек адамы» байқауы", "«Ұжым көзімен еңбек адамы» байқауының қорытындысы"]);

    public static readonly EventType YouthInitiative = new("youth_initiative", 4,
        ["Школа молодого профсоюзного лидера", "Молодёжная инициатива: субботник и спортивный день"],
        ["Жас кәсіподақ көшбасшысы мектебі", "Жастар бастамасы: сенбілік және спорт күні"]);

    public static readonly EventType ActivistTraining = new("activist_training", 5,
        ["Обучение профсоюзного актива: эффективные коммуникации", "Семинар для актива: работа с обращениями", "Обучение актива: профилактика дезинформации"],
        ["Кәсіподақ активін оқыту: тиімді коммуникация", "Актив үшін семинар: өтініштермен жұмыс", "Активті оқыту: жалған ақпараттың алдын алу"]);

    public static readonly EventType BestPracticeExchange = new("best_practice_exchange", 5,
        ["Обмен лучшими практиками первичных организаций", "Круглый стол по опыту коллективных договоров"],
        ["Бастауыш ұйымдардың үздік тәжірибе алмасуы", "Ұжымдық шарттар тәжірибесі бойынша дөңгелек үстел"]);

    public static readonly EventType SectorForum = new("sector_forum", 5,
        ["Отраслевой форум профсоюзного актива", "Совещание председателей первичных организаций отрасли"],
        ["Кәсіподақ активінің салалық форумы", "Сала бастауыш ұйымдары төрағаларының кеңесі"]);

    public static readonly EventType RegionalUnionDay = new("regional_union_day", 2,
        ["Региональный День профсоюзов", "Областной профсоюзный форум"],
        ["Өңірлік кәсіподақтар күні", "Облыстық кәсіподақ форумы"]);

    public static readonly EventType BecauseAction = new("because_action", 4,
        ["Акция «Я в профсоюзе, потому что...»", "Видеообращения «Я в профсоюзе, потому что...»"],
        ["«Мен кәсіподақтамын, себебі...» акциясы", "«Мен кәсіподақтамын, себебі...» бейнеүндеулері"]);

    public static readonly EventType SolidarityDay = new("solidarity_day", 2,
        ["День профсоюзной солидарности", "Единое мероприятие ко Дню профсоюзной солидарности"],
        ["Кәсіподақ ынтымақтастығы күні", "Кәсіподақ ынтымақтастығы күніне арналған бірыңғай іс-шара"]);

    public static readonly EventType Other = new("other", null,
        ["Спартакиада трудового коллектива", "Субботник на территории предприятия", "Выставка детского рисунка «Профессия моих родителей»"],
        ["Еңбек ұжымының спартакиадасы", "Кәсіпорын аумағындағы сенбілік", "«Ата-анамның мамандығы» балалар суреттерінің көрмесі"]);

    public static readonly IReadOnlyList<EventType> All =
    [
        Launch, UnifiedDay, MembersMeeting, QuestionsToChair, ReceptionDay, PrimaryWeek, LegalAidDay, SafetyDay,
        UnionInNumbers, DayWithUnion, ThanksForLabor, DynastyEvent, GenerationsMeeting, LaborPersonContest,
        YouthInitiative, ActivistTraining, BestPracticeExchange, SectorForum, RegionalUnionDay, BecauseAction,
        SolidarityDay, Other,
    ];
}
