using Analytics.Reports.Final;
using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Tests.Monthly;
using Analytics.Reports.Tests.Weekly;
using Analytics.TestSupport;
using Dapper;
using Snapshooter.Xunit;

namespace Analytics.Reports.Tests.Final;

[Collection(PeriodicReportsGroup.Name)]
public sealed class FinalReportTests(SampleWarehouseFixture warehouse, ChromiumFixture chromium)
{
    private const string HostileProposals = """
        # Итоги <script>alert('x')</script>

        Абзац с **полужирным** и <img src=x onerror="alert(1)"> и [ссылкой](javascript:alert(1)).

        - пункт <b>один</b>
        - **пункт** два
        """;

    private static readonly string ShippedTemplate = Path.Combine(RepositoryRoot.Path, "reports", "Analytics.Reports", "Proposals", "proposals.template.md");

    [Fact]
    public void Read_SampleFederation_MatchesSnapshot()
    {
        var report = Read(File.ReadAllText(ShippedTemplate));

        Assert.True(report.Preliminary);
        Assert.Equal(12, report.Practices.Count);
        Assert.Equal(10, report.Ambassadors.Count);
        Assert.Equal([1L, 2L, 3L], report.Ambassadors.Take(3).Select(a => a.Rank));
        Assert.NotNull(report.Survey);
        Assert.Equal(3, report.Trust.ByMonth.Count);
        Snapshot.Match(report);
    }

    [Fact]
    public void Read_NominationLeaders_AreTheFirstOfEachShortlistOfTheNominationsMart()
    {
        var report = Read(null);
        using var connection = warehouse.Open();
        var firsts = connection.Query<(string Nomination, string Key)>(
            "select nomination, key from marts.mart_nominations where rank = 1 and record <> 'ambassador' order by nomination").ToList();

        Assert.Equal(15, report.NominationLeaders.Count);
        Assert.All(report.NominationLeaders, n => Assert.True(n.Shortlist.Count <= 1));
        Assert.Equal(
            firsts,
            report.NominationLeaders
                .Where(n => n.Shortlist.Count == 1 && n.Shortlist[0].Record != "ambassador")
                .Select(n => (n.Code, n.Shortlist[0].Key))
                .OrderBy(n => n.Code, StringComparer.Ordinal));
        Assert.Empty(report.NominationLeaders.Single(n => n.Code == "best_digital_project").Shortlist);
    }

    // Month 1 released twice (revision 2 changed 3 values), month 2 once, months 3 and 4 never: those are preliminary.
    // Revision 2 was released at 20:00 UTC on 31 October, already 1 November in Almaty.
    [Fact]
    public void RenderHtml_Revisions_ListsEveryRevisionAndThePreliminaryMonths()
    {
        var report = Read(null) with
        {
            Revisions =
            [
                new MonthRevision(1, 1, new DateOnly(2026, 9, 30), new DateTimeOffset(2026, 10, 3, 10, 0, 0, TimeSpan.Zero), null),
                new MonthRevision(1, 2, new DateOnly(2026, 9, 30), new DateTimeOffset(2026, 10, 31, 20, 0, 0, TimeSpan.Zero), 3),
                new MonthRevision(2, 1, new DateOnly(2026, 10, 31), new DateTimeOffset(2026, 11, 4, 9, 0, 0, TimeSpan.Zero), null),
            ],
        };

        var ru = new FinalReportDocument(report).RenderHtml(ReportLanguage.Russian);
        var kk = new FinalReportDocument(report).RenderHtml(ReportLanguage.Kazakh);

        Assert.Contains("<td>1</td><td>30.09.2026</td><td>03.10.2026</td><td class=\"num\">—</td>", ru, StringComparison.Ordinal);
        Assert.Contains("<td>2</td><td>30.09.2026</td><td>01.11.2026</td><td class=\"num\">3</td>", ru, StringComparison.Ordinal);
        Assert.Contains("<td>1</td><td>31.10.2026</td><td>04.11.2026</td><td class=\"num\">—</td>", ru, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(ru, "не выпущен: предварительные данные"));
        Assert.Equal(2, CountOf(kk, "шығарылмаған: алдын ала деректер"));
    }

    [Fact]
    public void RenderHtml_NoRelease_EveryMonthIsPreliminary()
    {
        Assert.Equal(4, CountOf(new FinalReportDocument(Read(null)).RenderHtml(ReportLanguage.Russian), "не выпущен: предварительные данные"));
    }

    [Fact]
    public void RenderHtml_HostileProposalsAndCaseTexts_EscapesEveryTag()
    {
        var report = Read(HostileProposals);

        var html = new FinalReportDocument(report).RenderHtml(ReportLanguage.Russian);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<strong>полужирным</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>пункт</strong> два</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderHtml_Ambassadors_ShownByRankNeverByPseudonym()
    {
        var report = Read(null);
        using var connection = warehouse.Open();
        var pseudonyms = connection.Query<string>("select key from marts.mart_ratings where rating = 'ambassador'").ToList();

        var ru = new FinalReportDocument(report).RenderHtml(ReportLanguage.Russian);
        var kk = new FinalReportDocument(report).RenderHtml(ReportLanguage.Kazakh);

        Assert.Contains("Амбассадор №1", ru, StringComparison.Ordinal);
        Assert.Contains("№1 амбассадор", kk, StringComparison.Ordinal);
        Assert.NotEmpty(pseudonyms);
        Assert.All(pseudonyms, hash => Assert.DoesNotContain(hash, ru + kk, StringComparison.Ordinal));
        Assert.Contains("Предложения аналитиков не приложены", ru, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Национальный цифровой доклад", "Предварительная версия", "Амбассадор №1", "Доверие (1–10)")]
    [InlineData("kk", "Ұлттық цифрлық баяндама", "Алдын ала нұсқа", "№1 амбассадор", "Сенім (1–10)")]
    public async Task WriteAsync_Language_PrintsTargetsGallerySurveyAndProposals(string code, string kind, string preliminary, string ambassador, string survey)
    {
        var report = Read(File.ReadAllText(ShippedTemplate));
        var language = ReportLanguage.Parse(code);

        var files = await ReportWriter.WriteAsync(new FinalReportDocument(report), language, SampleWarehouseFixture.OutDirectory("final"), chromium.Printer);

        Assert.Equal($"final-{code}.pdf", Path.GetFileName(files.Pdf));
        var pdf = PrintedText.Read(files.Pdf);
        Assert.InRange(pdf.Pages, 8, 24);
        foreach (var kpi in report.Kpis)
        {
            Assert.True(pdf.Shows(MonthlyReportTests.KpiValue(kpi, language)), kpi.KpiId);
        }

        Assert.True(pdf.Shows(kind));
        Assert.True(pdf.Shows(preliminary));
        Assert.True(pdf.Shows(ambassador));
        Assert.True(pdf.Shows(survey));
        Assert.True(pdf.Shows(report.Practices[0].Title));
        Assert.True(pdf.Shows(language["final_section.proposals"]));
        MonthlyReportTests.AssertContentsPagesAreTheSectionsPages(files.Pdf, SectionTitles(language));
        Assert.True(File.Exists(files.Xlsx));
    }

    private static readonly string[] Sections = ["results", "trust", "practices", "best", "youth", "nominations", "survey", "monitoring", "reporting", "proposals"];

    private static List<string> SectionTitles(ReportLanguage language) =>
        Sections.Select(key => language["final_section." + key]).ToList();

    private static int CountOf(string html, string text) =>
        html.Split(text).Length - 1;

    private FinalReport Read(string? proposals)
    {
        using var connection = warehouse.Open();
        return FinalReportQuery.Read(connection, proposals, proposals is null ? null : "proposals.md");
    }
}
