namespace Analytics.SampleData.Registry;

/// <summary>
/// Invented employer names for primaries, in Russian and Kazakh. Built from place-like and
/// trade words only, never from first names (many Kazakh words double as names, so those are left out).
/// </summary>
internal static class OrganisationNames
{
    private const string PrimaryRu = "Первичная профсоюзная организация ";
    private const string PrimaryKk = " бастауыш кәсіподақ ұйымы";

    private static readonly string[] Roots =
    [
        "Кен", "Дала", "Сарыарқа", "Ертіс", "Көкше", "Жайық", "Каспий", "Тау", "Шығыс", "Батыс",
        "Орда", "Қазына", "Бірлік", "Темір", "Тас", "Құм", "Өзен", "Көл", "Бастау", "Шебер",
        "Іргетас", "Ынтымақ", "Теріскей", "Жоңғар", "Сырдария", "Торғай", "Есіл", "Нұра", "Қаратау", "Шу",
    ];

    private static readonly (string Ru, string Kk)[] CompanyForms = [("ТОО", "ЖШС"), ("ТОО", "ЖШС"), ("АО", "АҚ")];

    // Russian-style brands, each only for the sector it fits.
    private static readonly (string SectorId, string Brand)[] RussianBrands =
    [
        ("S05", "Степной энергоузел"), ("S03", "Северный металлург"), ("S04", "Каспийский бурсервис"),
        ("S23", "Приозёрный комбинат"), ("S03", "Восточный рудник"), ("S08", "Центральный элеватор"),
        ("S11", "Южный стройтрест"), ("S05", "Западные теплосети"), ("S21", "Северный машзавод"),
    ];

    private static readonly Func<int, (string Ru, string Kk)>[] Schools =
    [
        n => ($"КГУ \"Общеобразовательная школа №{n}\"", $"\"№{n} жалпы білім беретін мектеп\" КММ"),
        n => ($"ГККП \"Ясли-сад №{n}\"", $"\"№{n} бөбекжай-бақша\" МКҚК"),
        n => ($"КГУ \"Школа-лицей №{n}\"", $"\"№{n} мектеп-лицей\" КММ"),
        n => ($"ГККП \"Колледж сервиса и технологий №{n}\"", $"\"№{n} қызмет көрсету және технологиялар колледжі\" МКҚК"),
    ];

    private static readonly Func<int, (string Ru, string Kk)>[] Hospitals =
    [
        n => ($"ГКП на ПХВ \"Городская поликлиника №{n}\"", $"ШЖҚ \"№{n} қалалық емхана\" МКК"),
        n => ($"ГКП на ПХВ \"Районная больница №{n}\"", $"ШЖҚ \"№{n} аудандық аурухана\" МКК"),
        n => ($"ГКП на ПХВ \"Станция скорой медицинской помощи №{n}\"", $"ШЖҚ \"№{n} жедел медициналық жәрдем станциясы\" МКК"),
        n => ($"ГКП на ПХВ \"Центр первичной медико-санитарной помощи №{n}\"", $"ШЖҚ \"№{n} алғашқы медициналық-санитариялық көмек орталығы\" МКК"),
    ];

    private static readonly Func<int, (string Ru, string Kk)>[] CultureHouses =
    [
        n => ($"ГККП \"Дом культуры №{n}\"", $"\"№{n} мәдениет үйі\" МКҚК"),
        n => ($"КГУ \"Централизованная библиотечная система №{n}\"", $"\"№{n} орталықтандырылған кітапхана жүйесі\" КММ"),
        n => ($"ГККП \"Детско-юношеская спортивная школа №{n}\"", $"\"№{n} балалар мен жасөспірімдер спорт мектебі\" МКҚК"),
        n => ($"ГККП \"Районный краеведческий музей №{n}\"", $"\"№{n} аудандық өлкетану музейі\" МКҚК"),
    ];

    private static readonly Func<int, (string Ru, string Kk)>[] PublicOffices =
    [
        n => ($"ГУ \"Аппарат акима сельского округа №{n}\"", $"\"№{n} ауылдық округ әкімінің аппараты\" ММ"),
        n => ($"РГУ \"Управление государственных доходов №{n}\"", $"\"№{n} мемлекеттік кірістер басқармасы\" РММ"),
        n => ($"ГУ \"Отдел занятости и социальных программ №{n}\"", $"\"№{n} жұмыспен қамту және әлеуметтік бағдарламалар бөлімі\" ММ"),
    ];

    private static readonly Func<int, (string Ru, string Kk)>[] SocialCare =
    [
        n => ($"КГУ \"Центр оказания специальных социальных услуг №{n}\"", $"\"№{n} арнаулы әлеуметтік қызметтер көрсету орталығы\" КММ"),
        n => ($"КГУ \"Дом-интернат для пожилых №{n}\"", $"\"№{n} қарттарға арналған интернат үйі\" КММ"),
    ];

    public static (string Ru, string Kk) Primary(Random random, SectorUnion sector)
    {
        var number = random.Next(1, 160);
        var (ru, kk) = sector.Employer switch
        {
            EmployerKind.School => random.Pick(Schools)(number),
            EmployerKind.Health => random.Pick(Hospitals)(number),
            EmployerKind.Culture => random.Pick(CultureHouses)(number),
            EmployerKind.PublicOffice => random.Pick(PublicOffices)(number),
            EmployerKind.SocialCare => random.Pick(SocialCare)(number),
            EmployerKind.University => University(random),
            _ => Company(random, sector),
        };
        return (PrimaryRu + ru, kk + PrimaryKk);
    }

    private static (string Ru, string Kk) University(Random random)
    {
        var root = random.Pick(Roots);
        return random.Chance(0.5)
            ? ($"НАО \"{root} технический университет\"", $"\"{root} техникалық университеті\" КеАҚ")
            : ($"РГП на ПХВ \"Научный центр «{root}»\"", $"ШЖҚ \"«{root}» ғылыми орталығы\" РМК");
    }

    private static (string Ru, string Kk) Company(Random random, SectorUnion sector)
    {
        var (formRu, formKk) = random.Pick(CompanyForms);
        var russian = RussianBrands.Where(b => b.SectorId == sector.Id).Select(b => b.Brand).ToList();
        if (russian.Count > 0 && random.Chance(0.15))
        {
            var brandRu = random.Pick(russian);
            return ($"{formRu} \"{brandRu}\"", $"\"{brandRu}\" {formKk}");
        }

        var brand = $"{random.Pick(Roots)} {random.Pick(sector.BrandWords)}";
        return ($"{formRu} \"{brand}\"", $"\"{brand}\" {formKk}");
    }
}
