using Analytics.Reports.Common;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Tests.Weekly;

/// <summary>
/// A hand-built week 7 report: 24 sector unions (one without primaries), F1 not met, F2 met, 20 regions
/// (Ulytau without active primaries), 37 red primaries; emerging problems and the threat light only when asked.
/// </summary>
internal static class SampleWeeklyReport
{
    public const string Script = "<img src=\"file:///etc/hostname\"><script>document.title='x'</script>";

    /// <summary>Everything a hostile organisation name could try: a local file as an image, a script, a local file in a frame.</summary>
    public const string Hostile = "<img src=\"file:///etc/hostname\"><script>document.title='x'</script><iframe src=\"file:///etc/passwd\"></iframe>";

    private static readonly (string Code, string Ru, string Kk, long Primaries, decimal? Completion)[] RegionRows =
    [
        ("KZ-10", "область Абай", "Абай облысы", 210, 0.7091m),
        ("KZ-11", "Акмолинская область", "Ақмола облысы", 260, 0.6692m),
        ("KZ-15", "Актюбинская область", "Ақтөбе облысы", 230, 0.6261m),
        ("KZ-19", "Алматинская область", "Алматы облысы", 220, 0.5182m),
        ("KZ-23", "Атырауская область", "Атырау облысы", 160, 0.6625m),
        ("KZ-27", "Западно-Казахстанская область", "Батыс Қазақстан облысы", 190, 0.7684m),
        ("KZ-31", "Жамбылская область", "Жамбыл облысы", 280, 0.6m),
        ("KZ-33", "область Жетісу", "Жетісу облысы", 150, 0.6267m),
        ("KZ-35", "Карагандинская область", "Қарағанды облысы", 330, 0.8576m),
        ("KZ-39", "Костанайская область", "Қостанай облысы", 250, 0.672m),
        ("KZ-43", "Кызылординская область", "Қызылорда облысы", 170, 0.6353m),
        ("KZ-47", "Мангистауская область", "Маңғыстау облысы", 110, 0.4545m),
        ("KZ-55", "Павлодарская область", "Павлодар облысы", 250, 0.88m),
        ("KZ-59", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы", 90, 0.8222m),
        ("KZ-61", "Туркестанская область", "Түркістан облысы", 210, 0.5429m),
        ("KZ-62", "область Ұлытау", "Ұлытау облысы", 0, null),
        ("KZ-63", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы", 220, 0.6364m),
        ("KZ-71", "Астана", "Астана", 230, 0.4609m),
        ("KZ-75", "Алматы", "Алматы", 330, 0.8091m),
        ("KZ-79", "Шымкент", "Шымкент", 130, 0.5385m),
    ];

    private static readonly (string Ru, string Kk)[] SectorNames =
    [
        ("Профсоюз работников образования и науки", "Білім және ғылым қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников здравоохранения", "Денсаулық сақтау қызметкерлерінің кәсіподағы"),
        ("Профсоюз железнодорожников", "Темір жолшылар кәсіподағы"),
        ("Профсоюз работников горно-металлургической промышленности", "Тау-кен металлургия өнеркәсібі қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников нефтегазового комплекса", "Мұнай-газ кешені қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников энергетики", "Энергетика қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников угольной промышленности", "Көмір өнеркәсібі қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников агропромышленного комплекса", "Агроөнеркәсіптік кешен қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников культуры", "Мәдениет қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников государственных учреждений", "Мемлекеттік мекемелер қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников связи", "Байланыс қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников автомобильного транспорта", "Автомобиль көлігі қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников гражданской авиации", "Азаматтық авиация қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников строительства и жилищно-коммунального хозяйства", "Құрылыс және тұрғын үй-коммуналдық шаруашылық қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников химической промышленности", "Химия өнеркәсібі қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников машиностроения", "Машина жасау қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников лёгкой промышленности", "Жеңіл өнеркәсіп қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников торговли и сферы услуг", "Сауда және қызмет көрсету саласы қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников финансовой сферы", "Қаржы саласы қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников лесного хозяйства", "Орман шаруашылығы қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников спорта и туризма", "Спорт және туризм қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников водного транспорта", "Су көлігі қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников атомной промышленности", "Атом өнеркәсібі қызметкерлерінің кәсіподағы"),
        ("Профсоюз работников средств массовой информации", "Бұқаралық ақпарат құралдары қызметкерлерінің кәсіподағы"),
    ];

    public static WeeklyReport Week7(string? firstSectorName = null, string? firstPrimaryName = null, bool withMonitoringMarts = false)
    {
        var header = new ReportHeader(
            CampaignNameRu: "Сильные профсоюзы — сильный голос человека труда",
            CampaignNameKk: "Күшті кәсіподақтар — еңбек адамының күшті дауысы",
            Week: 7,
            WeeksTotal: 16,
            Stage: 2,
            Cutoff: new DateOnly(2025, 4, 18),
            WeekStart: new DateOnly(2025, 4, 15),
            WeekEnd: new DateOnly(2025, 4, 21));

        long[] events = [1210, 1875, 2140, 2398, 1502, 2260, 960];
        var perWeek = events.Select((n, i) => new WeekCount(i + 1, n)).ToList();

        var kpis = new List<KpiResult>
        {
            new("F1", 0.6234m, 0.7m, Applicable: true, Met: false),
            new("F2", 12345m, 10000m, Applicable: true, Met: true),
            new("F3", 2871m, 5000m, Applicable: true, Met: false),
            new("F4", 31406m, 50000m, Applicable: true, Met: false),
            new("F5", null, 0.1m, Applicable: false, Met: null),
        };

        var sectors = SectorNames.Select((name, i) =>
        {
            var primaries = i == 20 ? 0 : 40 + (i * 37 % 310);
            decimal? completion = primaries == 0 ? null : Math.Round(0.28m + (i * 0.029m), 4);
            return new SectorCompletion(
                $"SU-{i + 1:00}",
                i == 0 && firstSectorName is not null ? firstSectorName : name.Ru,
                i == 0 && firstSectorName is not null ? firstSectorName : name.Kk,
                primaries,
                completion,
                Colour(completion));
        }).OrderBy(s => s.NameRu, StringComparer.Ordinal).ToList();

        sectors = sectors.Select((s, i) => s with
        {
            RedPrimaries = s.ActivePrimaries == 0 ? 0 : (i * 7) % 5,
            Reporting = s.ActivePrimaries == 0 ? null : new Reporting(2, s.ActivePrimaries, s.ActivePrimaries * 3 / 4, (decimal)(s.ActivePrimaries * 3 / 4) / s.ActivePrimaries),
        }).ToList();

        var regions = RegionRows
            .Select(r => new RegionCompletion(r.Code, r.Ru, r.Kk, r.Primaries, r.Completion, Colour(r.Completion)))
            .ToList();

        var red = Enumerable.Range(1, 37).Select(i => new RedPrimary(
            $"P{i:00000}",
            i == 1 && firstPrimaryName is not null ? firstPrimaryName : $"Первичная профсоюзная организация ТОО \"Предприятие №{i}\"",
            i == 1 && firstPrimaryName is not null ? firstPrimaryName : $"\"№{i} кәсіпорын\" ЖШС бастауыш кәсіподақ ұйымы",
            SectorNames[i % SectorNames.Length].Ru,
            SectorNames[i % SectorNames.Length].Kk,
            RegionRows[i % RegionRows.Length].Code,
            RegionRows[i % RegionRows.Length].Ru,
            RegionRows[i % RegionRows.Length].Kk,
            Members: 400 - i,
            Completion: Math.Min(0.4m, (i / 8) * 0.2m),
            ItemsMet: Math.Min(2, i / 8))).ToList();

        var campaign = new CampaignInfo(header.CampaignNameRu, header.CampaignNameKk, new DateOnly(2025, 3, 1), 4, header.Cutoff);
        return new WeeklyReport(campaign, header, perWeek, kpis, sectors, new Reporting(2, 4562, 3120, 3120m / 4562m))
        {
            WeekOnWeek =
            [
                new(Activity.Events, 960, 2260, -1300, -1300m / 2260m),
                new(Activity.Appeals, 1204, 1180, 24, 24m / 1180m),
                new(Activity.Cases, 12, 0, 12, null),
                new(Activity.Publications, 301, 301, 0, 0m),
            ],
            Regions = regions,
            RedZone = new RedZone(red.Count, 4562, red),
            EmergingProblems = withMonitoringMarts
                ?
                [
                    new(7, "region", "KZ-47", "Мангистауская область", "Маңғыстау облысы", "wages", 19, 11.5m),
                    new(7, "sector", "SU-05", SectorNames[4].Ru, SectorNames[4].Kk, "safety", 9, 6.25m),
                ]
                : [],
            ThreatLight = withMonitoringMarts
                ?
                [
                    new("SU-01", firstSectorName ?? SectorNames[0].Ru, firstSectorName ?? SectorNames[0].Kk, 3, 1, 0, 0, 0),
                    new("SU-05", SectorNames[4].Ru, SectorNames[4].Kk, 1, 0, 1, 2, 1),
                    new(null, "", "", 2, 0, 0, 0, 0),
                ]
                : [],
            Inputs =
            [
                new(1, "organisations.csv", "organisations", new string('a', 64)),
                new(1, "events.csv", "events", new string('b', 64)),
            ],
        };
    }

    /// <summary>The map's colours as the warehouse gives them (methodology §4), for hand-built figures.</summary>
    private static string? Colour(decimal? completion) => completion switch
    {
        null => null,
        > 0.8m => "green",
        >= 0.5m => "yellow",
        _ => "red",
    };
}
