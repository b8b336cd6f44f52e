using Analytics.TestSupport;
using UglyToad.PdfPig;

namespace Analytics.EndToEnd.Tests;

/// <summary>
/// The hand-built federation of SmallFederation through the command line: load, build at 2026-10-15 (week 7),
/// weekly report. Expected figures are worked out in Analytics.Warehouse.Tests.CampaignModelsTests:
/// F1 = 550 / 800 = 0.6875 → 68,8 %; F2 = 12; F3 = 2; F4 = 44.
/// </summary>
public sealed class WeeklyReportEndToEndTests : IClassFixture<SmallFederationAtMidOctober>, IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    public WeeklyReportEndToEndTests(SmallFederationAtMidOctober built)
    {
        SmallFederation.WriteTo(warehouse);
        built.CopyTo(warehouse);
    }

    [Theory]
    [InlineData("ru", "Неделя 7 из 16")]
    [InlineData("kk", "16 аптаның 7-аптасы")]
    public void Report_Weekly_PdfShowsWeekAndFederationKpis(string language, string weekLine)
    {
        var run = Expect(0, "report", "weekly", "--week", "7", "--lang", language, "--out", "reports");

        var pdf = Path.Combine(warehouse.Root, "reports", $"weekly-w07-{language}.pdf");
        Assert.Contains(pdf, run.Output, StringComparison.Ordinal);
        var text = PdfText.Of(pdf);
        Assert.Contains(weekLine, text, StringComparison.Ordinal);
        Assert.Contains("68,8 %", text, StringComparison.Ordinal);
        foreach (var kpi in new[] { "F1", "F2", "F3", "F4" })
        {
            Assert.Contains(kpi, text, StringComparison.Ordinal);
        }

        Assert.Contains("12", RowOf(pdf, "F2"));
        Assert.Contains("2", RowOf(pdf, "F3"));
        Assert.Contains("44", RowOf(pdf, "F4"));
    }

    [Fact]
    public void Report_WeekOtherThanTheCutoffs_SaysWhichBuildToRun()
    {
        var run = Expect(1, "report", "weekly", "--week", "3", "--out", "reports");

        Assert.Contains("analytics build --cutoff 2026-09-21", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithoutSecret_RefusesToStart()
    {
        var run = AnalyticsProcess.Run(warehouse.Root, new Dictionary<string, string?> { ["SENIM_PSEUDONYM_SECRET"] = null }, "load", warehouse.Inbox);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SENIM_PSEUDONYM_SECRET", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MalformedCutoff_IsBadInputAndUnknownVerbIsUsage()
    {
        Assert.Contains("--cutoff: ожидалась дата ГГГГ-ММ-ДД, найдено \"15.10.2026\"", Expect(1, "build", "--cutoff", "15.10.2026").Error, StringComparison.Ordinal);
        Expect(2, "rebuild");
    }

    private ProcessResult Expect(int exitCode, params string[] arguments)
    {
        var run = AnalyticsProcess.Run(warehouse.Root, arguments);
        Assert.True(run.ExitCode == exitCode, $"analytics {string.Join(' ', arguments)} exited {run.ExitCode}, expected {exitCode}.\n{run.Output}\n{run.Error}");
        return run;
    }

    /// <summary>The words printed on the same line as the first word equal to <paramref name="label"/>.</summary>
    private static List<string> RowOf(string path, string label)
    {
        using var document = PdfDocument.Open(path);
        var words = document.GetPages().First().GetWords().ToList();
        var anchor = words.First(word => word.Text == label);
        return words
            .Where(word => Math.Abs(word.BoundingBox.Bottom - anchor.BoundingBox.Bottom) < 2)
            .Select(word => word.Text)
            .ToList();
    }

    public void Dispose() => warehouse.Dispose();
}
