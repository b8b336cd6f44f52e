using System.Globalization;
using System.Text;
using Analytics.Etl.Contracts;
using Analytics.Etl.Forms;
using CsCheck;

namespace Analytics.TestSupport;

/// <summary>The optional datasets of a generated federation; organisations and events are always written.</summary>
[Flags]
public enum ShapeDatasets
{
    None = 0,
    OrgReports = 1,
    Cases = 2,
    Appeals = 4,
    Surveys = 8,
    Media = 16,
    ThreatJournal = 32,
    Trainings = 64,
    Ambassadors = 128,
    All = 255,
}

/// <summary>Where the cut-off falls: in week 1 of a month, mid-month (the 15th), or on the campaign's last day.</summary>
public enum CutoffKind
{
    FirstWeek,
    MidMonth,
    CampaignLastDay,
}

/// <summary>A primary organisation of a generated federation; <see cref="ClosesOn"/> is the <c>valid_from</c> of a later registry row with active=false.</summary>
public sealed record PrimaryShape(int Sector, int Territorial, bool OwnRegion, int Members, DateOnly? ClosesOn);

/// <summary>
/// A small federation (≤ 30 primaries) described by the few choices that make federations differ: how many unions,
/// which primaries close mid-campaign, which datasets arrive, which months' appeals carry ratings, where the cut-off
/// falls, whether each month opens with a burst of appeals on one topic (an emerging problem) and whether names hold
/// markup and formula text. <see cref="FederationShapes.Write"/> turns it into
/// contract-valid input files (the first primary's monthly reports on Excel forms); the rows themselves come from <see cref="DataSeed"/>.
/// </summary>
public sealed record FederationShape(
    string StartMonth,
    int Sectors,
    int Territorials,
    bool UnionsWithoutPrimaries,
    IReadOnlyList<PrimaryShape> Primaries,
    ShapeDatasets Datasets,
    int RatedMonths,
    bool AppealSpikes,
    CutoffKind CutoffKind,
    DateOnly Cutoff,
    bool HostileNames,
    int DataSeed)
{
    public const int Months = 4;

    public DateOnly FirstDay => FederationShapes.FirstDayOf(StartMonth);

    public DateOnly LastDay => FederationShapes.LastDayOf(StartMonth);

    /// <summary>Whether campaign month <paramref name="month"/> (1..4) has appeals with a satisfaction rating.</summary>
    public bool IsRated(int month) => (RatedMonths & (1 << (month - 1))) != 0;

    public bool Has(ShapeDatasets dataset) => (Datasets & dataset) == dataset;

    public override string ToString()
    {
        var closing = Primaries.Select((p, i) => p.ClosesOn is { } d ? $"P{i + 1:00}→{d:MM-dd}" : null).OfType<string>().ToList();
        var rated = string.Concat(Enumerable.Range(1, Months).Select(m => IsRated(m) ? m.ToString(CultureInfo.InvariantCulture) : "-"));
        return string.Create(CultureInfo.InvariantCulture,
            $"start {StartMonth}, {Sectors} sectors + {Territorials} territorials{(UnionsWithoutPrimaries ? " + a sector union and a territorial association without primaries" : "")}, "
            + $"{Primaries.Count} primaries (closing: {(closing.Count == 0 ? "none" : string.Join(' ', closing))}), "
            + $"datasets: {Datasets}, rated months: {rated}, appeal spikes: {AppealSpikes}, cut-off {Cutoff:yyyy-MM-dd} ({CutoffKind}), "
            + $"hostile names: {HostileNames}, data seed {DataSeed}");
    }
}

/// <summary>
/// Generates federations of many shapes (a CsCheck <see cref="Gen{T}"/>) and writes them as an inbox of CSV files whose
/// headers are the input contract's columns (taken from <see cref="InputContract"/>, so they cannot drift).
/// </summary>
public static class FederationShapes
{
    /// <summary>Markup and spreadsheet-formula text that names and titles may hold; each must print literally.</summary>
    public static readonly IReadOnlyList<string> HostileTexts =
    [
        "<script>alert(1)</script>",
        "=HYPERLINK(\"x\")",
        "+SUM(A1)",
        "\"Кавычки\" & 'апострофы' <b>жирный</b>",
        "Әділет & Ұлы Дала «ҚҰҮҒӨҺ»",
    ];

    private static readonly string[] StartMonths = ["2026-09", "2026-11"];

    private static readonly string[] SpikeTopics = ["wages", "dismissal", "safety", "housing"];

    /// <summary>Any shape: tiny ones, ones missing datasets, quiet months, closing primaries, hostile names.</summary>
    public static readonly Gen<FederationShape> Any =
        from tiny in Gen.Int[0, 4]
        from startMonth in Gen.OneOf(StartMonths)
        from sectors in Gen.Int[1, 2]
        from territorials in Gen.Int[1, 2]
        from unionsWithoutPrimaries in Gen.Bool
        from count in Gen.Int[2, 30]
        from primaries in Primary(tiny == 0 ? 1 : sectors, tiny == 0 ? 1 : territorials, startMonth).Array[tiny == 0 ? 2 : count]
        from datasets in Gen.Frequency((2, Gen.Const(ShapeDatasets.All)), (1, Gen.Const(ShapeDatasets.None)), (3, Gen.Int[0, 255].Select(i => (ShapeDatasets)i)))
        from rated in Gen.Frequency((3, Gen.Const(15)), (1, Gen.Const(0)), (2, Gen.Int[0, 15]))
        from spikes in Gen.Frequency((3, Gen.Const(true)), (1, Gen.Const(false)))
        from cutoffKind in Gen.Enum<CutoffKind>()
        from cutoffMonth in Gen.Int[1, FederationShape.Months]
        from cutoffDay in Gen.Int[1, 7]
        from hostile in Gen.Bool
        from dataSeed in Gen.Int[0, 1_000_000]
        select new FederationShape(
            startMonth,
            tiny == 0 ? 1 : sectors,
            tiny == 0 ? 1 : territorials,
            tiny != 0 && unionsWithoutPrimaries,
            primaries,
            datasets,
            rated,
            spikes,
            cutoffKind,
            CutoffOf(startMonth, cutoffKind, cutoffMonth, cutoffDay),
            hostile,
            dataSeed);

    private static Gen<PrimaryShape> Primary(int sectors, int territorials, string startMonth) =>
        from sector in Gen.Int[1, sectors]
        from territorial in Gen.Int[1, territorials]
        from ownRegion in Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false)))
        from members in Gen.Frequency((1, Gen.Const(0)), (6, Gen.Int[1, 499]), (3, Gen.Int[500, 3000]))
        from closes in Gen.Frequency((4, Gen.Const(-1)), (1, Gen.Int[1, 120]))
        select new PrimaryShape(sector, territorial, ownRegion, members, closes < 0 ? null : ClosingDay(startMonth, closes));

    /// <summary>The campaign's first day: the first of its start month (YYYY-MM).</summary>
    public static DateOnly FirstDayOf(string startMonth) => DateOnly.ParseExact(startMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The campaign's last day: the last of its fourth month.</summary>
    public static DateOnly LastDayOf(string startMonth) => FirstDayOf(startMonth).AddMonths(FederationShape.Months).AddDays(-1);

    private static DateOnly ClosingDay(string startMonth, int day)
    {
        var closes = FirstDayOf(startMonth).AddDays(day);
        return closes > LastDayOf(startMonth) ? LastDayOf(startMonth) : closes;
    }

    private static DateOnly CutoffOf(string startMonth, CutoffKind kind, int month, int weekDay)
    {
        var monthStart = FirstDayOf(startMonth).AddMonths(month - 1);
        return kind switch
        {
            CutoffKind.FirstWeek => monthStart.AddDays(weekDay - 1),
            CutoffKind.MidMonth => monthStart.AddDays(14),
            _ => LastDayOf(startMonth),
        };
    }

    /// <summary>The name of a sector union (S1..), territorial association (T1..) or primary (P01..) in "ru" or "kk".</summary>
    public static string NameOf(FederationShape shape, string orgId, string language)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var number = int.Parse(orgId.AsSpan(1), CultureInfo.InvariantCulture);
        if (shape.HostileNames)
        {
            return HostileTexts[(number + orgId[0]) % HostileTexts.Count] + " " + orgId;
        }

        return (orgId[0], language) switch
        {
            ('S', "kk") => $"{number}-салалық кәсіподақ",
            ('S', _) => $"Отраслевой профсоюз {number}",
            ('T', "kk") => $"{number}-аумақтық бірлестік",
            ('T', _) => $"Территориальное объединение {number}",
            (_, "kk") => $"{number}-бастауыш ұйым",
            _ => $"Первичная организация {number}",
        };
    }

    /// <summary>The sector unions' ids, those without primaries included.</summary>
    public static IReadOnlyList<string> SectorIds(FederationShape shape) =>
        UnionIds('S', shape.Sectors, shape.UnionsWithoutPrimaries);

    /// <summary>The territorial associations' ids, those without primaries included.</summary>
    public static IReadOnlyList<string> TerritorialIds(FederationShape shape) =>
        UnionIds('T', shape.Territorials, shape.UnionsWithoutPrimaries);

    private static List<string> UnionIds(char level, int count, bool extra) =>
        Enumerable.Range(1, count + (extra ? 1 : 0)).Select(i => level + i.ToString(CultureInfo.InvariantCulture)).ToList();

    /// <summary>Writes campaign.json, organisations.csv, events.csv and each present dataset into <paramref name="inbox"/>.</summary>
    public static void Write(FederationShape shape, string inbox)
    {
        ArgumentNullException.ThrowIfNull(shape);
        new ShapeWriter(shape).WriteTo(inbox);
    }

    /// <summary>Rows drawn from the shape's data seed; every row satisfies the input contract.</summary>
    private sealed class ShapeWriter(FederationShape shape)
    {
        private const string Offset = "+05:00";

        private readonly Random random = new(shape.DataSeed);
        private readonly List<string> sectors = [.. SectorIds(shape)];
        private readonly List<string> territorials = [.. TerritorialIds(shape)];
        private readonly List<string> primaries = [.. Enumerable.Range(1, shape.Primaries.Count).Select(i => "P" + i.ToString("00", CultureInfo.InvariantCulture))];

        private readonly List<Dictionary<string, object>> forms = [];

        private IEnumerable<string> Unions => sectors.Concat(territorials);

        private IEnumerable<string> Everyone => primaries.Concat(Unions).Prepend("FED");

        public void WriteTo(string inbox)
        {
            Directory.CreateDirectory(inbox);
            File.WriteAllText(
                Path.Combine(inbox, "campaign.json"),
                $$"""{"name_ru":"Кампания «Сильные профсоюзы»","name_kk":"«Күшті кәсіподақтар» науқаны","start_month":"{{shape.StartMonth}}","months":4,"time_zone":"Asia/Almaty","large_primary_min_members":500}""");
            Save(inbox, Organisations());
            Save(inbox, Events());
            var optional = new (ShapeDatasets Flag, Func<CsvFile> Rows)[]
            {
                (ShapeDatasets.Cases, Cases),
                (ShapeDatasets.OrgReports, OrgReports),
                (ShapeDatasets.Appeals, Appeals),
                (ShapeDatasets.Surveys, Surveys),
                (ShapeDatasets.Media, Media),
                (ShapeDatasets.ThreatJournal, ThreatJournal),
                (ShapeDatasets.ThreatJournal, MonitoringRegimes),
                (ShapeDatasets.Trainings, Trainings),
                (ShapeDatasets.Ambassadors, Ambassadors),
            };
            foreach (var (flag, rows) in optional)
            {
                // drawn even when absent, so that one dataset's presence never changes another's rows
                var file = rows();
                if (shape.Has(flag))
                {
                    Save(inbox, file);
                }
            }

            if (shape.Has(ShapeDatasets.OrgReports))
            {
                foreach (var form in forms)
                {
                    var path = Path.Combine(inbox, $"org_report_{form["org_id"]}_{form["period"]}.xlsx");
                    MonthlyReportFormTemplate.Write(path, kazakh: shape.DataSeed % 2 == 1);
                    MonthlyForms.Fill(path, form, []);
                }
            }
        }

        private static void Save(string inbox, CsvFile file) =>
            File.WriteAllText(Path.Combine(inbox, file.Contract.Name + ".csv"), file.ToString(), new UTF8Encoding(false));

        private string Name(string orgId, string language) => NameOf(shape, orgId, language);

        private CsvFile Organisations()
        {
            var file = new CsvFile(InputContract.Organisations);
            var regions = CodeLists.Regions.OrderBy(_ => random.Next()).ToList();
            file.Row(("org_id", "FED"), ("level", "federation"), ("name_ru", "Федерация профсоюзов"), ("name_kk", "Кәсіподақтар федерациясы"));
            foreach (var id in sectors)
            {
                file.Row(("org_id", id), ("level", "sector"), ("name_ru", Name(id, "ru")), ("name_kk", Name(id, "kk")));
            }

            for (var t = 0; t < territorials.Count; t++)
            {
                var id = territorials[t];
                file.Row(("org_id", id), ("level", "territorial"), ("name_ru", Name(id, "ru")), ("name_kk", Name(id, "kk")), ("region", regions[t]));
            }

            for (var i = 0; i < primaries.Count; i++)
            {
                var p = shape.Primaries[i];
                var cells = new List<(string, object?)>
                {
                    ("org_id", primaries[i]), ("level", "primary"), ("name_ru", Name(primaries[i], "ru")), ("name_kk", Name(primaries[i], "kk")),
                    ("sector_id", sectors[p.Sector - 1]), ("territorial_id", territorials[p.Territorial - 1]),
                    ("region", p.OwnRegion ? regions[p.Territorial - 1] : regions[^1]), ("members", p.Members),
                    ("youth_members", random.Next(0, p.Members + 1)),
                };
                file.Row([.. cells]);
                if (p.ClosesOn is { } closes)
                {
                    file.Row([.. cells, ("valid_from", closes), ("active", "false")]);
                }
            }

            return file;
        }

        private CsvFile Events()
        {
            var file = new CsvFile(InputContract.Events);
            var number = 0;
            void Event(string orgId, string type, DateOnly date)
            {
                var participants = random.Next(0, 300);
                file.Row(
                    ("event_id", "E" + (++number).ToString(CultureInfo.InvariantCulture)), ("org_id", orgId), ("type", type), ("date", date),
                    ("participants", participants), ("youth_participants", Maybe(() => random.Next(0, participants + 1))),
                    ("title", Maybe(() => Title(orgId))), ("format", Maybe(() => Pick(CodeLists.EventFormats))),
                    ("submitted_at", Maybe(() => Timestamp(date))));
            }

            Event("FED", "launch", shape.FirstDay);
            foreach (var id in primaries)
            {
                for (var n = random.Next(0, 7); n > 0; n--)
                {
                    Event(id, Pick(CodeLists.EventTypes), Day());
                }
            }

            foreach (var id in Unions)
            {
                for (var n = random.Next(0, 3); n > 0; n--)
                {
                    Event(id, id[0] == 'S' ? Pick(["sector_forum", "youth_initiative", "activist_training"]) : Pick(["regional_union_day", "legal_aid_day"]), Day());
                }
            }

            return file;
        }

        private CsvFile Cases()
        {
            var file = new CsvFile(InputContract.Cases);
            var number = 0;
            foreach (var id in primaries.Concat(sectors))
            {
                for (var n = random.Next(0, 3); n > 0; n--)
                {
                    var submitted = Day(before: 10);
                    file.Row(
                        ("case_id", "C" + (++number).ToString(CultureInfo.InvariantCulture)), ("org_id", id), ("category", Pick(CodeLists.CaseCategories)),
                        ("title", Title(id)), ("problem", Title(id)), ("actions", "Переговоры & суд"), ("result", Title(id)),
                        ("workers_helped", random.Next(1, 60)), ("amount_kzt", Maybe(() => random.Next(0, 2_000_000) + ".50")),
                        ("decided_at", submitted.AddDays(-random.Next(0, 30))), ("status", Pick(["published", "published", "draft", "rejected"])),
                        ("best_practice", Maybe(() => random.Next(2) == 0 ? "true" : "false")), ("submitted_at", Timestamp(submitted)));
                }
            }

            return file;
        }

        private CsvFile OrgReports()
        {
            var file = new CsvFile(InputContract.OrgReports);
            for (var i = 0; i < primaries.Count; i++)
            {
                var members = shape.Primaries[i].Members;
                var total = 0;
                for (var month = 1; month <= FederationShape.Months; month++)
                {
                    var reached = random.Next(0, members - total + 1);
                    total += reached;
                    var offline = random.Next(0, 6);
                    if (random.Next(10) < 3)
                    {
                        continue; // this month's report never came
                    }

                    (string Column, object? Value)[] cells =
                    [
                        ("org_id", primaries[i]), ("period", shape.FirstDay.AddMonths(month - 1).ToString("yyyy-MM", CultureInfo.InvariantCulture)),
                        ("workers_reached_month", reached), ("workers_reached_total", total), ("appeals_offline", offline),
                        ("appeals_offline_resolved", Maybe(() => random.Next(0, offline + 1))), ("legal_aid_consultations", random.Next(0, 20)),
                        ("reception_visitors", random.Next(0, 20)), ("safety_participants", random.Next(0, 40)),
                        ("because_participants", Maybe(() => random.Next(0, 20))),
                    ];
                    if (i == 0)
                    {
                        // the first primary reports on the Excel form, as many primaries do
                        forms.Add(cells.Where(cell => cell.Value is not null).ToDictionary(cell => cell.Column, cell => cell.Value!, StringComparer.Ordinal));
                    }
                    else
                    {
                        file.Row(cells);
                    }
                }
            }

            return file;
        }

        private CsvFile Appeals()
        {
            var file = new CsvFile(InputContract.Appeals);
            var number = 0;
            for (var month = 1; month <= FederationShape.Months; month++)
            {
                var firstDay = shape.FirstDay.AddMonths(month - 1);
                for (var n = shape.AppealSpikes ? 8 : 0; n > 0; n--)
                {
                    // a burst of one topic on the month's first day: an emerging problem of the month (methodology §8)
                    file.Row(
                        ("appeal_id", "A" + (++number).ToString(CultureInfo.InvariantCulture)), ("received_at", Moment(firstDay)), ("channel", "hotline"),
                        ("kind", "complaint"), ("org_id", primaries[0]), ("topic", SpikeTopics[month - 1]), ("status", "new"));
                }

                if (shape.IsRated(month))
                {
                    // a rated month has at least one rating, received on its first day so that any cut-off in it sees it
                    file.Row(
                        ("appeal_id", "A" + (++number).ToString(CultureInfo.InvariantCulture)), ("received_at", Moment(firstDay)),
                        ("channel", "web"), ("kind", "rating"), ("org_id", primaries[0]), ("status", "resolved"), ("satisfaction", random.Next(1, 6)));
                }
            }

            foreach (var id in Everyone)
            {
                for (var n = random.Next(0, id[0] == 'P' ? 9 : 3); n > 0; n--)
                {
                    var received = Moment(Day());
                    var answered = random.Next(3) == 0 ? (DateTime?)null : received.AddHours(random.Next(1, 400));
                    var resolved = answered is { } a && random.Next(2) == 0 ? a.AddHours(random.Next(0, 200)) : (DateTime?)null;
                    var month = (received.Year - shape.FirstDay.Year) * 12 + received.Month - shape.FirstDay.Month + 1;
                    file.Row(
                        ("appeal_id", "A" + (++number).ToString(CultureInfo.InvariantCulture)), ("received_at", received), ("channel", Pick(CodeLists.AppealChannels)),
                        ("kind", Pick(CodeLists.AppealKinds)), ("org_id", id), ("topic", Maybe(() => Pick(CodeLists.AppealTopics))),
                        ("text", Maybe(() => Title(id) + " задержка зарплаты")), ("first_response_at", answered), ("resolved_at", resolved),
                        ("status", Pick(CodeLists.AppealStatuses)), ("satisfaction", shape.IsRated(month) && random.Next(3) > 0 ? random.Next(1, 6) : null),
                        ("is_member", Maybe(() => random.Next(2) == 0 ? "да" : "нет")), ("age_group", Maybe(() => Pick(CodeLists.AgeGroups))),
                        ("appellant_key", Maybe(() => "k" + random.Next(0, 20).ToString(CultureInfo.InvariantCulture))));
                }
            }

            return file;
        }

        private CsvFile Surveys()
        {
            var file = new CsvFile(InputContract.Surveys);
            var number = 0;
            foreach (var id in primaries)
            {
                for (var n = random.Next(0, 6); n > 0; n--)
                {
                    file.Row(
                        ("response_id", "R" + (++number).ToString(CultureInfo.InvariantCulture)), ("org_id", id), ("answered_at", Moment(Day())),
                        ("trust", random.Next(1, 11)), ("satisfaction", Maybe(() => random.Next(1, 6))),
                        ("aware_of_results", Maybe(() => random.Next(2) == 0 ? "иә" : "жоқ")), ("age_group", Maybe(() => Pick(CodeLists.AgeGroups))));
                }
            }

            return file;
        }

        private CsvFile Media()
        {
            var file = new CsvFile(InputContract.Media);
            var number = 0;
            foreach (var id in Everyone)
            {
                for (var n = random.Next(0, 3); n > 0; n--)
                {
                    var reach = random.Next(0, 50_000);
                    file.Row(
                        ("publication_id", "M" + (++number).ToString(CultureInfo.InvariantCulture)), ("org_id", id), ("published_at", Moment(Day())),
                        ("platform", Pick(CodeLists.MediaPlatforms)), ("format", Pick(CodeLists.MediaFormats)), ("project", Maybe(() => random.Next(1, 6))),
                        ("reach", reach), ("views", Maybe(() => random.Next(0, reach + 1))), ("engagements", Maybe(() => random.Next(0, 500))),
                        ("url", Maybe(() => shape.HostileNames ? "javascript:alert(1)" : "https://example.org/p")), ("best", Maybe(() => random.Next(2) == 0 ? "yes" : "no")));
                }
            }

            return file;
        }

        private CsvFile ThreatJournal()
        {
            var file = new CsvFile(InputContract.ThreatJournal);
            var number = 0;
            foreach (var id in sectors.Append("FED"))
            {
                for (var n = random.Next(0, 5); n > 0; n--)
                {
                    var detected = Moment(Day());
                    var facts = Later(detected);
                    var drafted = facts is { } f ? Later(f) : null;
                    var delivered = drafted is { } d ? Later(d) : null;
                    file.Row(
                        ("entry_id", "J" + (++number).ToString(CultureInfo.InvariantCulture)), ("org_id", id), ("detected_at", detected),
                        ("source_type", Pick(CodeLists.ThreatSourceTypes)), ("source_name", Maybe(() => Title(id))), ("author", Maybe(() => "Автор")),
                        ("summary", Maybe(() => Title(id))), ("reach", Maybe(() => random.Next(0, 100_000))), ("sign", Pick(CodeLists.ThreatSigns)),
                        ("level", Pick(CodeLists.ThreatLevels)), ("facts_collected_at", facts), ("position_drafted_at", drafted), ("position_delivered_at", delivered));
                }
            }

            return file;
        }

        private CsvFile MonitoringRegimes()
        {
            var file = new CsvFile(InputContract.MonitoringRegimes);
            foreach (var id in sectors.Where(_ => random.Next(3) == 0))
            {
                var starts = Day();
                file.Row(("org_id", id), ("starts", starts), ("ends", starts.AddDays(random.Next(0, 20))), ("reason", Pick(CodeLists.RegimeReasons)));
            }

            return file;
        }

        private CsvFile Trainings()
        {
            var file = new CsvFile(InputContract.Trainings);
            var number = 0;
            foreach (var id in Everyone)
            {
                for (var n = random.Next(0, 3); n > 0; n--)
                {
                    var trainees = random.Next(1, 40);
                    file.Row(
                        ("training_id", "TR" + (++number).ToString(CultureInfo.InvariantCulture)), ("org_id", id), ("date", Day()),
                        ("topic", Pick(CodeLists.TrainingTopics)), ("trainees", trainees), ("youth_trainees", Maybe(() => random.Next(0, trainees + 1))));
                }
            }

            return file;
        }

        private CsvFile Ambassadors()
        {
            var file = new CsvFile(InputContract.Ambassadors);
            var number = 0;
            foreach (var id in primaries.Concat(sectors))
            {
                for (var n = random.Next(0, 3); n > 0; n--)
                {
                    file.Row(
                        ("ambassador_id", "AMB" + (++number).ToString(CultureInfo.InvariantCulture)), ("org_id", id), ("category", Pick(CodeLists.AmbassadorCategories)),
                        ("joined_at", Day(before: 60)), ("publications", Maybe(() => random.Next(0, 30))), ("events_organised", Maybe(() => random.Next(0, 10))));
                }
            }

            return file;
        }

        /// <summary>A title or text: markup and formula text when the shape asks for it, half of the time.</summary>
        private string Title(string orgId) =>
            shape.HostileNames && random.Next(2) == 0
                ? HostileTexts[random.Next(HostileTexts.Count)]
                : "Сұхбат о зарплате № " + orgId;

        /// <summary>A day of the campaign, or up to <paramref name="before"/> days before it.</summary>
        private DateOnly Day(int before = 0)
        {
            var span = shape.LastDay.DayNumber - shape.FirstDay.DayNumber;
            return shape.FirstDay.AddDays(random.Next(-before, span + 1));
        }

        private DateTime Moment(DateOnly day) => day.ToDateTime(new TimeOnly(random.Next(0, 24), random.Next(0, 60)));

        private DateTime Timestamp(DateOnly day) => Moment(day).AddDays(random.Next(0, 3));

        /// <summary>A milestone up to 30 hours after <paramref name="moment"/>, or none yet.</summary>
        private DateTime? Later(DateTime moment) => random.Next(4) == 0 ? null : moment.AddHours(random.Next(0, 30));

        private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];

        private object? Maybe(Func<object?> value) => random.Next(4) == 0 ? null : value();

        /// <summary>One dataset's CSV: the contract's columns in contract order, cells by column name.</summary>
        public sealed class CsvFile(DatasetContract contract)
        {
            private readonly StringBuilder text = new StringBuilder().AppendLine(string.Join(',', contract.Columns.Select(c => c.Name)));

            public DatasetContract Contract => contract;

            public void Row(params (string Column, object? Value)[] cells)
            {
                var values = new string[contract.Columns.Count];
                foreach (var (column, value) in cells)
                {
                    values[contract.Position(column)] = Quote(Format(value));
                }

                text.AppendJoin(',', values.Select(v => v ?? "")).Append('\n');
            }

            public override string ToString() => text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

            private static string Format(object? value) => value switch
            {
                null => "",
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime moment => moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Offset,
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };

            private static string Quote(string value) =>
                value.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
        }
    }
}
