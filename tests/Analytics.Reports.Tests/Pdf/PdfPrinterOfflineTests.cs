using Analytics.Reports.Tests.Weekly;

namespace Analytics.Reports.Tests.Pdf;

[Collection(ChromiumGroup.Name)]
public sealed class PdfPrinterOfflineTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task PrintAsync_ScriptAndRemoteImages_ScriptDoesNotRunAndRequestsAreRefused()
    {
        const string Html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>kept</title>
            <script>document.title = 'changed';</script></head>
            <body><p>Сәлем</p><img src="https://example.invalid/a.png"><img src="https://example.invalid/b.png"></body></html>
            """;
        Directory.CreateDirectory(chromium.OutDirectory);
        var path = Path.Combine(chromium.OutDirectory, "offline.pdf");
        var blockedBefore = chromium.Printer.RequestsBlocked;

        await chromium.Printer.PrintAsync(Html, path);

        // Both images were asked for and refused by the printer, not fetched or waited on.
        Assert.Equal(2, chromium.Printer.RequestsBlocked - blockedBefore);
        var pdf = PrintedText.Read(path);
        Assert.Equal("kept", pdf.Title);
        Assert.True(pdf.Shows("Сәлем"));
    }
}
