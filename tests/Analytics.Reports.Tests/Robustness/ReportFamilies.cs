using System.Data;
using Analytics.Reports.Final;
using Analytics.Reports.Common;
using Analytics.Reports.Localization;
using Analytics.Reports.Monthly;
using Analytics.Reports.Nominations;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Primary;
using Analytics.Reports.Quarterly;
using Analytics.Reports.Tests.Monthly;
using Analytics.Reports.Threats;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Tests.Robustness;

/// <summary>How a template prints its section headings.</summary>
internal enum Headings
{
    /// <summary>The title alone.</summary>
    Plain,

    /// <summary>"N Title".</summary>
    Numbered,

    /// <summary>"N Title", each also listed with its page in the contents on page 1.</summary>
    NumberedWithContents,
}

/// <summary>One printed document and what it must show: its section headings and the names printed literally.</summary>
internal sealed record PrintedReport(
    string Family,
    string Document,
    ReportLanguage Language,
    string Pdf,
    string Xlsx,
    Headings Style,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> Names);

/// <summary>A report family: reads its reports from a built warehouse and prints each in Russian and Kazakh.</summary>
internal sealed record ReportFamily(string Name, Func<IDbConnection, string, PdfPrinter, Task<IReadOnlyList<PrintedReport>>> PrintAsync)
{
    public override string ToString() => Name;
}

/// <summary>
/// The only place the robustness tests call the reports layer: each family read and written as
/// <c>analytics report weekly | monthly | quarterly | final | nominations | threats | primary</c> does (cli/…/ReportCommand.cs, PeriodicReportCommands.cs),
/// with the section headings each template prints. When the report APIs change, only this class changes.
/// </summary>
internal static class ReportFamilies
{
    /// <summary>The analysts' proposals the final report is given: Markdown with markup and formula text in it.</summary>
    public const string Proposals = """
        # Предложения & выводы

        - <script>alert(1)</script> усилить работу «Әділет»
        - =HYPERLINK("x") и +SUM(A1)
        """;

    /// <summary>weekly.liquid: eight numbered sections (labels in Resources/*.json).</summary>
    private static readonly string[] WeeklySections =
        ["section_kpis", "section_week", "section_events", "section_map", "section_red", "section_sectors", "section_emerging", "section_threat"];

    /// <summary>final.liquid via FinalReportView: ten numbered sections.</summary>
    private static readonly string[] FinalSections =
        ["results", "trust", "practices", "best", "youth", "nominations", "survey", "monitoring", "reporting", "proposals"];

    /// <summary>quarterly.liquid: the dashboard's panel headings, unnumbered.</summary>
    private static readonly string[] QuarterlyHeadings =
    [
        "dashboard_title", "dashboard_kpis", "dashboard_map", "section.trust", "dashboard_ratings", "dashboard_best_sectors",
        "dashboard_best_territories", "section.barometer", "section.media", "dashboard_threats",
    ];

    /// <summary>threats.liquid: the cover's marking and title, then each organisation's six headings, unnumbered.</summary>
    private static readonly string[] ThreatsCover = ["threats.marking", "threats.title"];

    private static readonly string[] ThreatsSheetHeadings =
    [
        "threats.section_now", "threats.section_trend", "threats.section_overdue", "threats.section_milestones", "threats.section_asks",
        "threats.section_matrix",
    ];

    public static readonly IReadOnlyList<ReportFamily> All =
    [
        new("weekly", WeeklyAsync),
        new("monthly", MonthlyAsync),
        new("quarterly", QuarterlyAsync),
        new("final", FinalAsync),
        new("nominations", NominationsAsync),
        new("threats", ThreatsAsync),
        new("primary", PrimaryAsync),
    ];

    /// <summary>primary.liquid: each card's four headings, unnumbered.</summary>
    private static readonly string[] CardHeadings = ["cards.section_standard", "cards.section_month", "cards.section_trust", "cards.section_rank"];

    private static async Task<IReadOnlyList<PrintedReport>> WeeklyAsync(IDbConnection connection, string outDirectory, PdfPrinter printer)
    {
        var report = WeeklyReportQuery.Read(connection, week: null);
        var printed = new List<PrintedReport>();
        foreach (var language in ReportLanguage.All)
        {
            var files = await ReportWriter.WriteAsync(new WeeklyReportDocument(report), language, outDirectory, printer);
            var sectors = report.Sectors.Select(s => language.Code == "kk" ? s.NameKk : s.NameRu).ToList();
            printed.Add(new("weekly", "weekly", language, files.Pdf, files.Xlsx, Headings.Numbered, WeeklySections.Select(key => language[key]).ToList(), sectors));
        }

        return printed;
    }

    private static async Task<IReadOnlyList<PrintedReport>> MonthlyAsync(IDbConnection connection, string outDirectory, PdfPrinter printer)
    {
        var reports = MonthlyReportSet.Read(connection, month: null);
        var files = await ReportWriter.WriteAllAsync(reports.Select(report => new MonthlyReportDocument(report)).ToList(), ReportLanguage.All, outDirectory, printer, parallelism: 2);
        var printed = new List<PrintedReport>();
        var i = 0;
        foreach (var report in reports)
        {
            foreach (var language in ReportLanguage.All)
            {
                // a sector union's or territorial association's report carries its name; the national one its title
                var names = report.Scope.IsFederation ? [] : new[] { language.Code == "kk" ? report.Scope.NameKk : report.Scope.NameRu };
                printed.Add(new(
                    "monthly", $"monthly {report.Scope.Scope} {report.Scope.Key}", language, files[i].Pdf, files[i].Xlsx,
                    Headings.NumberedWithContents, MonthlyReportTests.SectionTitles(report.Scope, language), names));
                i++;
            }
        }

        return printed;
    }

    private static async Task<IReadOnlyList<PrintedReport>> QuarterlyAsync(IDbConnection connection, string outDirectory, PdfPrinter printer)
    {
        var report = QuarterlyReportQuery.Read(connection);
        var printed = new List<PrintedReport>();
        foreach (var language in ReportLanguage.All)
        {
            var files = await ReportWriter.WriteAsync(new QuarterlyReportDocument(report), language, outDirectory, printer);
            printed.Add(new("quarterly", "quarterly", language, files.Pdf, files.Xlsx, Headings.Plain, QuarterlyHeadings.Select(key => language["" + key]).ToList(), []));
        }

        return printed;
    }

    private static async Task<IReadOnlyList<PrintedReport>> FinalAsync(IDbConnection connection, string outDirectory, PdfPrinter printer)
    {
        var report = FinalReportQuery.Read(connection, Proposals, "proposals.md");
        var printed = new List<PrintedReport>();
        foreach (var language in ReportLanguage.All)
        {
            var files = await ReportWriter.WriteAsync(new FinalReportDocument(report), language, outDirectory, printer);
            printed.Add(new("final", "final", language, files.Pdf, files.Xlsx, Headings.NumberedWithContents, FinalSections.Select(key => language["final_section." + key]).ToList(), []));
        }

        return printed;
    }

    /// <summary>nominations.liquid: one numbered section per nomination of appendix 4, named as in the warehouse, with contents.</summary>
    private static async Task<IReadOnlyList<PrintedReport>> NominationsAsync(IDbConnection connection, string outDirectory, PdfPrinter printer)
    {
        var report = NominationsReportQuery.Read(connection);
        var printed = new List<PrintedReport>();
        foreach (var language in ReportLanguage.All)
        {
            var files = await ReportWriter.WriteAsync(new NominationsReportDocument(report), language, outDirectory, printer);
            string Name(string ru, string kk) => language.Code == "kk" ? kk : ru;
            var organisations = report.Nominations
                .Where(n => n.Code is "best_primary" or "best_sector" or "best_territorial")
                .SelectMany(n => n.Shortlist.Select(c => Name(c.OrgNameRu, c.OrgNameKk)))
                .Distinct()
                .ToList();
            printed.Add(new(
                "nominations", "nominations", language, files.Pdf, files.Xlsx, Headings.NumberedWithContents,
                report.Nominations.Select(n => Name(n.NameRu, n.NameKk)).ToList(), organisations));
        }

        return printed;
    }

    private static async Task<IReadOnlyList<PrintedReport>> ThreatsAsync(IDbConnection connection, string outDirectory, PdfPrinter printer)
    {
        var report = ThreatsReportQuery.Read(connection);
        var headings = report.Sheets.Count == 0 ? ThreatsCover : [.. ThreatsCover, .. ThreatsSheetHeadings];
        var printed = new List<PrintedReport>();
        foreach (var language in ReportLanguage.All)
        {
            var files = await ReportWriter.WriteAsync(new ThreatsReportDocument(report), language, outDirectory, printer);
            var names = report.Sheets.Select(s => language.Code == "kk" ? s.NameKk : s.NameRu).ToList();
            printed.Add(new("threats", "threats", language, files.Pdf, files.Xlsx, Headings.Plain, headings.Select(key => language[key]).ToList(), names));
        }

        return printed;
    }

    /// <summary>Every sector union's bundle of the default month; a federation without an active primary has no card to print.</summary>
    private static async Task<IReadOnlyList<PrintedReport>> PrimaryAsync(IDbConnection connection, string outDirectory, PdfPrinter printer)
    {
        IReadOnlyList<PrimaryCardsReport> bundles;
        try
        {
            bundles = PrimaryCardsQuery.Read(connection, month: null);
        }
        catch (ReportUnavailableException) when (Marts.Query<long>(connection, "select 1 from marts.mart_primary_cards limit 1").Count == 0)
        {
            return [];
        }

        var files = await ReportWriter.WriteAllAsync(bundles.Select(bundle => (IReportDocument)new PrimaryCardsDocument(bundle)).ToList(), ReportLanguage.All, outDirectory, printer, parallelism: 2);
        var printed = new List<PrintedReport>();
        var i = 0;
        foreach (var bundle in bundles)
        {
            foreach (var language in ReportLanguage.All)
            {
                var names = bundle.Cards.Select(card => language.Code == "kk" ? card.NameKk : card.NameRu).ToList();
                printed.Add(new(
                    "primary", $"primary {bundle.Sector.Key}", language, files[i].Pdf, files[i].Xlsx, Headings.Plain,
                    CardHeadings.Select(key => language[key]).ToList(), names));
                i++;
            }
        }

        return printed;
    }
}
