using System.Globalization;
using Analytics.Reports.Common;
using Analytics.Reports.Localization;
using Analytics.Reports.Monthly;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Tests.Weekly;
using ClosedXML.Excel;
using Dapper;
using Snapshooter;
using Snapshooter.Xunit;

namespace Analytics.Reports.Tests.Monthly;

[Collection(PeriodicReportsGroup.Name)]
public sealed class MonthlyReportTests(SampleWarehouseFixture warehouse, ChromiumFixture chromium)
{
    [Fact]
    public void Read_NationalMonthTwo_MatchesSnapshot()
    {
        var report = Read("FED", 2);

        Assert.False(report.InProgress);
        Assert.Equal(["F1", "F2", "F3", "F4", "F5"], report.Kpis.Select(k => k.KpiId));
        Assert.Equal("M2", report.ControlIndicator?.KpiId);
        Assert.Equal(["sector", "territorial"], report.Ratings.Select(r => r.Rating));
        Snapshot.Match(report, new SnapshotNameExtension("FED-m2"));
    }

    [Fact]
    public void Read_SectorUnionMonthInProgress_MatchesSnapshot()
    {
        var report = Read("S03", 3);

        Assert.True(report.InProgress);
        Assert.Equal(["S1", "S2", "S3", "S4", "S5"], report.Kpis.Select(k => k.KpiId));
        Assert.Equal("primary", Assert.Single(report.Ratings).Rating);
        Snapshot.Match(report, new SnapshotNameExtension("S03-m3"));
    }

    [Fact]
    public void Read_TerritorialAssociation_MatchesSnapshot()
    {
        var report = Read("T05", 3);

        Assert.Equal(["T1", "T2", "T3", "T4"], report.Kpis.Select(k => k.KpiId));
        Snapshot.Match(report, new SnapshotNameExtension("T05-m3"));
    }

    [Fact]
    public void Read_PrimariesAppeals_NeverShowsOneToFour()
    {
        var lines = Read("S03", 3).Ratings.Concat(Read("T05", 3).Ratings).SelectMany(r => r.Lines).ToList();

        Assert.All(lines, line => Assert.True(line.Appeals is { Value: null or 0 or >= 5 }, $"{line.OrgId}: {line.Appeals}"));
        Assert.Contains(lines, line => line.Appeals!.LessThanFive);
    }

    [Fact]
    public void ResolveMonth_MonthNotStarted_SaysWhichBuildToRun()
    {
        using var connection = warehouse.Open();

        var error = Assert.Throws<ReportUnavailableException>(() => MonthlyReportSet.Read(connection, 4, s => s.IsFederation));

        Assert.Contains("analytics build --cutoff 2026-12-01", error.Message);
        Assert.Contains("4-ай", error.MessageKk);
    }

    [Fact]
    public void ResolveMonth_NoneGiven_TakesTheLastCompleteMonth()
    {
        using var connection = warehouse.Open();

        Assert.Equal(2, MonthlyReportQuery.ResolveMonth(CampaignInfo.Read(connection), null));
    }

    [Fact]
    public void Read_WarehouseBuiltWithoutAMart_AsksForARebuild()
    {
        using var connection = warehouse.Open();
        connection.Execute("begin transaction; drop table marts.mart_media_panel;");
        var refusal = Assert.Throws<ReportUnavailableException>(() => MonthlyReportSet.Read(connection, 2, s => s.Key == "S03"));
        connection.Execute("rollback");

        Assert.StartsWith("Хранилище не пересчитано этой версией программы", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("«mart_media_panel»", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("«mart_media_panel»", refusal.MessageKk, StringComparison.Ordinal);
        Assert.Contains("analytics build", refusal.MessageKk, StringComparison.Ordinal);
    }

    /// <summary>Methodology §5: a month's control KPI without a denominator says so, not that its month has not started.</summary>
    [Theory]
    [InlineData("ru", "M2", "В месяце 2 ни одна действующая первичная организация не участвовала в кампании")]
    [InlineData("kk", "M2", "2-айда қолданыстағы бастауыш ұйымдардың ешқайсысы науқанға қатыспады")]
    [InlineData("ru", "M4", "Месяц 4 кампании ещё не начался.")]
    [InlineData("kk", "M4", "Науқанның 4-айы әлі басталған жоқ.")]
    public void RenderHtml_ControlKpiNotApplicable_SaysWhy(string language, string kpi, string expected)
    {
        var report = Read("FED", 2);
        Assert.True(report.Campaign.MonthsStarted is >= 2 and < 4, "the sample's cut-off falls in month 2 or 3");
        var notApplicable = report with { ControlIndicator = new KpiResult(kpi, null, 1m, Applicable: false, Met: null) };

        var html = new MonthlyReportDocument(notApplicable).RenderHtml(language == "kk" ? ReportLanguage.Kazakh : ReportLanguage.Russian);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    /// <summary>69.67 % against a target of 70 % is 99.5 % of it: shown as 99 %, never as 100 % beside "not met".</summary>
    [Fact]
    public void RenderHtml_KpiJustShortOfItsTarget_AchievementBelowAHundred()
    {
        var report = Read("FED", 2);
        var almost = report with { Kpis = [new KpiResult("F1", 0.6967418546365914m, 0.7m, Applicable: true, Met: false)], ControlIndicator = null };

        var html = new MonthlyReportDocument(almost).RenderHtml(ReportLanguage.Russian);

        Assert.Contains("<td class=\"num value\">69,7&#xA0;%</td>", html, StringComparison.Ordinal);
        Assert.Contains("style=\"width: 99%\"></div></div><span>99&#xA0;%</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span>100&#xA0;%</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderHtml_SameWarehouseAndCutoff_SameDocument()
    {
        var first = new MonthlyReportDocument(Read("FED", 3)).RenderHtml(ReportLanguage.Kazakh);
        var second = new MonthlyReportDocument(Read("FED", 3)).RenderHtml(ReportLanguage.Kazakh);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task WriteAsync_NationalRussian_PrintsKpisCompletenessAndContentsPages()
    {
        var report = Read("FED", 2);
        var language = ReportLanguage.Russian;

        var files = await ReportWriter.WriteAsync(new MonthlyReportDocument(report), language, SampleWarehouseFixture.OutDirectory("monthly"), chromium.Printer);

        Assert.Equal("monthly-m2-federation-FED-ru.pdf", Path.GetFileName(files.Pdf));
        var pdf = PrintedText.Read(files.Pdf);
        Assert.Equal(files.Pages, pdf.Pages);
        Assert.InRange(pdf.Pages, 6, 12);
        AssertKpisPrinted(report, language, pdf);
        Assert.True(pdf.Shows("Национальный аналитический отчёт"));
        Assert.True(pdf.Shows("Месяц 2 из 4 · октябрь 2026"));
        Assert.True(pdf.Shows("Контрольный показатель месяца 2"));
        Assert.True(pdf.Shows(Completeness(report.Reporting, language)));
        Assert.True(pdf.Shows("организации нет в реестре"));
        AssertContentsPagesAreTheSectionsPages(files.Pdf, SectionTitles(report.Scope, language));
        Assert.StartsWith("Национальный аналитический отчёт · ", pdf.Title);
        Assert.EndsWith(" · октябрь 2026", pdf.Title);

        var manifest = ReportManifest.Read(files.Manifest);
        Assert.Equal(("monthly", 2, "federation", "FED", "2026-11-20", pdf.Pages), (manifest.Report, manifest.Month, manifest.Scope, manifest.Key, manifest.Cutoff, manifest.Pages));
        Assert.Equal(["monthly-m2-federation-FED-ru.pdf", "monthly-m2-federation-FED-ru.xlsx"], manifest.Outputs.Select(o => o.FileName));

        // The XLSX says what the cover says: preliminary (no release), and how many unions confirmed the month.
        using var workbook = new XLWorkbook(files.Xlsx);
        var about = workbook.Worksheet("Отчёт");
        string Field(string name) => about.Search(name).Single(cell => cell.Address.ColumnNumber == 1).CellRight().GetString();
        Assert.Equal("нет: предварительные данные", Field("Редакция выпуска"));
        var confirmation = report.Confirmation!;
        int Count(string name) => int.Parse(Field(name), CultureInfo.InvariantCulture);
        Assert.Equal(
            (confirmation.SectorConfirmed, confirmation.SectorUnions, confirmation.TerritorialConfirmed, confirmation.Territorial),
            (Count("Отраслевых профсоюзов подтвердили"), Count("Отраслевых профсоюзов на конец месяца"),
                Count("Территориальных объединений подтвердили"), Count("Территориальных объединений на конец месяца")));
        Assert.True(pdf.Shows(Field("Подтверждение месяца")));
        Assert.False(workbook.Worksheets.Contains("Файлы изменений"));
    }

    [Fact]
    public async Task WriteAsync_SectorUnionKazakh_PrintsInProgressNoticeAndHidesSmallCounts()
    {
        var report = Read("S03", 3);
        var language = ReportLanguage.Kazakh;

        var files = await ReportWriter.WriteAsync(new MonthlyReportDocument(report), language, SampleWarehouseFixture.OutDirectory("monthly"), chromium.Printer);

        Assert.Equal("monthly-m3-sector-S03-kk.pdf", Path.GetFileName(files.Pdf));
        var pdf = PrintedText.Read(files.Pdf);
        AssertKpisPrinted(report, language, pdf);
        Assert.True(pdf.Shows("Сала бойынша талдамалық есеп"));
        Assert.True(pdf.Shows("3-ай әлі аяқталған жоқ: 20.11.2026 қоса алғандағы күндер есептелді"));
        Assert.True(pdf.Shows(report.Scope.NameKk));
        Assert.True(pdf.Shows("(тұтастай Федерация бойынша)"));
        Assert.Contains("<5", pdf.Raw, StringComparison.Ordinal);
        AssertContentsPagesAreTheSectionsPages(files.Pdf, SectionTitles(report.Scope, language));

        using var workbook = new XLWorkbook(files.Xlsx);
        var rating = workbook.Worksheet("Бастауыш ұйымдар рейтингі");
        var appeals = rating.Column(10).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Equal(report.Ratings[0].Lines.Count, appeals.Count);
        Assert.DoesNotContain(appeals, a => a is "1" or "2" or "3" or "4");
        Assert.Contains("<5", appeals);
    }

    [Fact]
    public async Task WriteAsync_TerritorialRussian_PrintsRegionsEmergingProblemsAndRating()
    {
        var report = Read("T05", 3);

        var files = await ReportWriter.WriteAsync(new MonthlyReportDocument(report), ReportLanguage.Russian, SampleWarehouseFixture.OutDirectory("monthly"), chromium.Printer);

        var pdf = PrintedText.Read(files.Pdf);
        AssertKpisPrinted(report, ReportLanguage.Russian, pdf);
        Assert.True(pdf.Shows("Аналитический отчёт по региону"));
        Assert.True(pdf.Shows("Рейтинг первичных организаций региона"));
        Assert.True(pdf.Shows("Участие организаций региона"));
        Assert.True(File.Exists(files.Xlsx));
    }

    /// <summary>
    /// A criterion without a score says so in words, in a narrow column of numbers: its cell may wrap at the words'
    /// spaces (numbers never do, their separators are no-break), so that «деректер жоқ» is not cut at the column's edge.
    /// </summary>
    [Theory]
    [InlineData("ru", "нет данных")]
    [InlineData("kk", "деректер жоқ")]
    public void RenderHtml_CriteriaWithoutScores_TheirWordsMayWrap(string code, string noData)
    {
        var report = Read("FED", 2);
        var missing = report with { Trust = report.Trust with { ThisMonth = TrustIndexPoint.Missing("month-2", 2) } };

        var html = new MonthlyReportDocument(missing).RenderHtml(ReportLanguage.Parse(code));
        var scored = new MonthlyReportDocument(report).RenderHtml(ReportLanguage.Parse(code));

        Assert.Equal(5, html.Split($"<td class=\"num muted may-wrap\">{noData}</td>").Length - 1);
        Assert.DoesNotContain("may-wrap\">" + noData, scored, StringComparison.Ordinal);
    }

    private MonthlyReport Read(string key, int month)
    {
        using var connection = warehouse.Open();
        return MonthlyReportSet.Read(connection, month, s => s.Key == key).Single();
    }

    /// <summary>Every applicable KPI's value as the language writes it; the others in words.</summary>
    internal static void AssertKpisPrinted(MonthlyReport report, ReportLanguage language, PrintedText pdf)
    {
        foreach (var kpi in report.Kpis.Append(report.ControlIndicator!))
        {
            Assert.True(pdf.Shows(language["kpi." + kpi.KpiId]), kpi.KpiId);
            Assert.True(pdf.Shows(KpiValue(kpi, language)), $"{kpi.KpiId} = {KpiValue(kpi, language)}");
        }
    }

    internal static string KpiValue(KpiResult kpi, ReportLanguage language) => kpi switch
    {
        { Applicable: false } or { Value: null } => language["not_applicable"],
        { Kind: KpiKind.Share } => language.Format.Percent(kpi.Value.Value),
        { Kind: KpiKind.Growth } => (kpi.Value > 0 ? "+" : "") + language.Format.Percent(kpi.Value.Value),
        _ => language.Format.Number(kpi.Value.Value),
    };

    internal static string Completeness(Reporting reporting, ReportLanguage language) => language.Text(
        "reporting",
        ("month", reporting.Month.ToString(language.Culture)),
        ("reported", language.Format.Number(reporting.Reported)),
        ("active", language.Format.Number(reporting.ActivePrimaries)),
        ("share", language.Format.Percent(reporting.Share!.Value)));

    internal static IReadOnlyList<string> SectionTitles(ReportScope scope, ReportLanguage language) =>
    [
        language["section.kpis." + scope.Scope],
        language["section.trust"],
        language["section.barometer"],
        language["section.media"],
        language["section.service"],
        language["section.rating." + scope.Scope],
        language["section.reporting"],
        language["section.quality"],
    ];

    /// <summary>The contents on page 1 give, for each numbered section, the page its heading is printed on.</summary>
    internal static void AssertContentsPagesAreTheSectionsPages(string pdfPath, IReadOnlyList<string> titles)
    {
        static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfPath);
        var pages = pdf.GetPages().Select(p => Compact(p.Text)).ToList();
        var contents = "";
        for (var i = 0; i < titles.Count; i++)
        {
            var heading = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + Compact(titles[i]);
            var page = pages.FindIndex(1, p => p.Contains(heading, StringComparison.Ordinal));
            Assert.True(page > 0, $"heading «{heading}» is printed");
            contents += heading + (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Contains(contents, pages[0], StringComparison.Ordinal);
    }
}
