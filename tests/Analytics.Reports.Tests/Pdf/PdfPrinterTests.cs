using Analytics.Reports.Pdf;

namespace Analytics.Reports.Tests.Pdf;

public sealed class PdfPrinterTests
{
    [Fact]
    public void Constructor_ChromiumMissing_TellsHowToInstallIt()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new PdfPrinter("/nonexistent/chromium"));

        Assert.Contains("Chromium is needed to print PDFs", error.Message);
        Assert.Contains("apt-get install -y chromium", error.Message);
        Assert.Contains("/nonexistent/chromium", error.Message);
    }
}
