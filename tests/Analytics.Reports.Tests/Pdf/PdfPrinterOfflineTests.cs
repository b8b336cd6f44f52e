using System.Diagnostics;
using Analytics.Reports.Tests.Weekly;

namespace Analytics.Reports.Tests.Pdf;

[Collection(ChromiumGroup.Name)]
public sealed class PdfPrinterOfflineTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task PrintAsync_ScriptAndRemoteImage_NeitherRunsNorWaits()
    {
        const string Html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>kept</title>
            <script>document.title = 'changed';</script></head>
            <body><p>Сәлем</p><img src="https://example.invalid/a.png"><img src="http://10.255.255.1/b.png"></body></html>
            """;
        Directory.CreateDirectory(chromium.OutDirectory);
        var path = Path.Combine(chromium.OutDirectory, "offline.pdf");
        var clock = Stopwatch.StartNew();

        await chromium.Printer.PrintAsync(Html, path);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10)); // aborted, not timed out
        var pdf = PrintedText.Read(path);
        Assert.Equal("kept", pdf.Title);
        Assert.True(pdf.Shows("Сәлем"));
    }
}
