using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Quarterly;
using Analytics.Reports.Tests.Monthly;
using Analytics.Reports.Tests.Weekly;
using Snapshooter.Xunit;
using UglyToad.PdfPig;

namespace Analytics.Reports.Tests.Quarterly;

[Collection(PeriodicReportsGroup.Name)]
public sealed class QuarterlyReportTests(SampleWarehouseFixture warehouse, ChromiumFixture chromium)
{
    [Fact]
    public void Read_SampleFederation_MatchesSnapshot()
    {
        var report = Read();

        Assert.Equal(["F1", "F2", "F3", "F4", "F5", "M1", "M2", "M3", "M4"], report.Kpis.Select(k => k.KpiId));
        Assert.Equal(20, report.Regions.Count);
        Assert.Equal(3, report.Trust.ByMonth.Count);
        Assert.NotNull(report.Threats);
        Snapshot.Match(report);
    }

    [Theory]
    [InlineData("ru", "Национальный дашборд кампании", "Отстающие отраслевые профсоюзы", "Светофор информационных угроз")]
    [InlineData("kk", "Науқанның ұлттық дашборды", "Артта қалған салалық кәсіподақтар", "Ақпараттық қауіптер бағдаршамы")]
    public async Task WriteAsync_Language_PrintsEveryFederationKpiOnTwoLandscapePages(string code, string title, string weakest, string threats)
    {
        var report = Read();
        var language = ReportLanguage.Parse(code);

        var files = await ReportWriter.WriteAsync(new QuarterlyReportDocument(report), language, SampleWarehouseFixture.OutDirectory("quarterly"), chromium.Printer);

        Assert.Equal($"quarterly-2026-11-20-{code}.pdf", Path.GetFileName(files.Pdf));
        var pdf = PrintedText.Read(files.Pdf);
        Assert.InRange(pdf.Pages, 1, 2);
        using (var document = PdfDocument.Open(files.Pdf))
        {
            Assert.All(document.GetPages(), page => Assert.True(page.Width > page.Height, "landscape"));
        }

        foreach (var kpi in report.Kpis)
        {
            Assert.True(pdf.Shows(MonthlyReportTests.KpiValue(kpi, language)), kpi.KpiId);
        }

        Assert.True(pdf.Shows(title));
        Assert.True(pdf.Shows(weakest));
        Assert.True(pdf.Shows(threats));
        Assert.True(pdf.Shows(report.Sectors.Lines[0].NameRu) || pdf.Shows(report.Sectors.Lines[0].NameKk));
        Assert.True(File.Exists(files.Xlsx));
        Assert.True(File.Exists(files.Manifest));
    }

    private QuarterlyReport Read()
    {
        using var connection = warehouse.Open();
        return QuarterlyReportQuery.Read(connection);
    }
}
