namespace Analytics.SampleData.Threats;

/// <summary>Invented outlets, pseudonymous handles and summaries for the monitoring journal. No real media, no people.</summary>
internal static class ThreatTexts
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Sources = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["media"] = ["Портал «Степной курьер»", "Газета «Промышленный край»", "Сайт «Жұмыс сағаты»", "Портал «Новости смены»"],
        ["telegram"] = ["Телеграм-канал «Цеховой вестник»", "Телеграм-канал «Смена без фильтра»", "Телеграм-канал «Жұмысшы үні»"],
        ["youtube"] = ["YouTube-канал «Рабочий вопрос»", "YouTube-канал «Заводской разговор»"],
        ["tiktok"] = ["TikTok-аккаунт vahta_life_demo", "TikTok-аккаунт ceh_video_demo"],
        ["instagram"] = ["Instagram-страница ceh_news_demo", "Instagram-страница promzona_demo"],
        ["facebook"] = ["Группа «Работники региона»", "Группа «Голос промзоны»"],
        ["statement"] = ["Открытое обращение группы работников", "Заявление инициативной группы"],
        ["member_appeal"] = ["Обращение члена профсоюза", "Кәсіподақ мүшесінің өтініші"],
        ["other"] = ["Форум «Промзона»", "Чат жителей посёлка"],
    };

    public static readonly IReadOnlyList<string> Authors =
        ["@ceh_insider", "@smena_online", "@zhumysshy_dauysy", "@vahta_news", "редакция", "администратор канала", "инициативная группа", "аноним"];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Summaries = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["criticism"] =
        [
            "Критическая публикация о задержке выплат на предприятии отрасли.",
            "Пост с критикой работы профсоюза без ссылок на факты.",
            "Салалық кәсіпорындағы төлемдердің кешігуі туралы сын мақала.",
        ],
        ["repeated_thesis"] =
        [
            "Повтор тезиса «профсоюз ничего не делает» в нескольких каналах.",
            "«Кәсіподақ ештеңе істемейді» деген тезис бірнеше арнада қайталанды.",
        ],
        ["coordinated_publication"] =
        [
            "Одновременные публикации с одинаковым текстом в нескольких группах.",
            "Бірнеше топта бірдей мәтінмен бір мезгілде жарияланымдар шықты.",
        ],
        ["bypass_structures"] =
        [
            "Призыв решать трудовой спор в обход профсоюзных органов.",
            "Еңбек дауын кәсіподақ органдарын айналып өтіп шешуге шақыру.",
        ],
        ["election_interference"] =
        [
            "Агитация против кандидатов на отчётно-выборной конференции.",
            "Есептік-сайлау конференциясындағы кандидаттарға қарсы үгіт.",
        ],
    };
}
