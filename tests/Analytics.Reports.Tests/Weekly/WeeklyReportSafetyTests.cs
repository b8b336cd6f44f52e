using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Tests.Weekly;

/// <summary>Issue 6 item 8: markup in names from the data neither runs nor reads local files nor makes a request.</summary>
[Collection(ChromiumGroup.Name)]
public sealed class WeeklyReportSafetyTests(ChromiumFixture chromium)
{
    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task WriteAsync_HostileOrganisationAndSectorNames_PrintLiterallyAndLeakNothing(string code)
    {
        var report = SampleWeeklyReport.Week7(
            firstSectorName: SampleWeeklyReport.Hostile,
            firstPrimaryName: SampleWeeklyReport.Hostile,
            withMonitoringMarts: true);
        var outDirectory = Path.Combine(chromium.OutDirectory, "hostile");
        var blockedBefore = chromium.Printer.RequestsBlocked;

        var files = await ReportWriter.WriteAsync(new WeeklyReportDocument(report), ReportLanguage.Parse(code), outDirectory, chromium.Printer);

        var pdf = PrintedText.Read(files.Pdf);
        // the sector table, the red-zone list and the threat table each print the markup as text
        var shown = pdf.Compact.Split(Compact(SampleWeeklyReport.Hostile)).Length - 1;
        Assert.True(shown >= 3, $"expected the hostile name printed literally at least 3 times, found {shown}");
        Assert.Equal(0, chromium.Printer.RequestsBlocked - blockedBefore); // not even an attempt: no element was made
        Assert.Equal(ReportLanguage.Parse(code).Text("document_title", ("week", "7")), pdf.Title); // the script would set "x"

        var hostname = File.Exists("/etc/hostname") ? File.ReadAllText("/etc/hostname").Trim() : "";
        if (hostname.Length >= 6)
        {
            Assert.DoesNotContain(hostname, pdf.Raw, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("root:x:0:0", pdf.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("/bin/bash", pdf.Raw, StringComparison.Ordinal);
        Assert.Equal(4, pdf.Pages); // an iframe would have taken room; the report keeps its four pages
    }

    [Fact]
    public async Task PrintAsync_RawMarkupWithRequests_CountsThemAsBlocked()
    {
        // the control for the test above: when elements that load things do exist, the printer sees and refuses them
        const string Html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head>
            <body><p>x</p><img src="https://example.invalid/a.png"><iframe src="https://example.invalid/frame"></iframe></body></html>
            """;
        Directory.CreateDirectory(chromium.OutDirectory);
        var before = chromium.Printer.RequestsBlocked;

        await chromium.Printer.PrintAsync(Html, Path.Combine(chromium.OutDirectory, "requests.pdf"));

        Assert.True(chromium.Printer.RequestsBlocked - before >= 2, $"expected at least 2 blocked requests, got {chromium.Printer.RequestsBlocked - before}");
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
