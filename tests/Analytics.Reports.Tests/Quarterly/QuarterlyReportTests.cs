using Analytics.Reports.Common;
using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Quarterly;
using Analytics.Reports.Tests.Monthly;
using Analytics.Reports.Tests.Weekly;
using Dapper;
using DuckDB.NET.Data;
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

    /// <summary>
    /// Month 1 printed from a release whose federation index differs from the warehouse's: the growth beside the chart
    /// (KPI F5's rule, month 2 against month 1) is computed from the indices the chart shows, not the warehouse's.
    /// </summary>
    [Fact]
    public void Read_MonthOneFromARelease_GrowthIsTheChartsOwn()
    {
        using var live = warehouse.Open();
        var built = QuarterlyReportQuery.Read(live);
        using var release = new DuckDBConnection("DataSource=:memory:");
        release.Open();
        release.Execute($"attach '{warehouse.Warehouse.Database.Path}' as built (read_only); create schema marts");
        foreach (var mart in release.Query<string>("select table_name from information_schema.tables where table_catalog = 'built' and table_schema = 'marts'").ToList())
        {
            release.Execute($"create table marts.{mart} as select * from built.marts.{mart}");
        }

        release.Execute("update marts.mart_trust_index set index = index * 0.9 where period = 'month-1' and scope = 'federation'");

        var report = QuarterlyReportQuery.Read(live, [new ReleasedMonth(1, 2, release)]);

        var (first, second) = (report.Trust.ByMonth[0].Index!.Value, report.Trust.ByMonth[1].Index!.Value);
        Assert.Equal(built.Trust.ByMonth[0].Index!.Value * 0.9m, first, 6);
        Assert.Equal(built.Trust.ByMonth[1].Index, second);
        Assert.Equal((second - first) / first, report.Trust.Growth!.Value, 9);
        Assert.NotEqual(built.Trust.Growth!.Value, report.Trust.Growth!.Value, 3);
        var f5 = report.Kpis.Single(kpi => kpi.KpiId == "F5");
        Assert.Equal(report.Trust.Growth, f5.Value);
        Assert.Equal(Math.Round(f5.Value!.Value, 9) >= f5.Target, f5.Met);
    }

    private QuarterlyReport Read()
    {
        using var connection = warehouse.Open();
        return QuarterlyReportQuery.Read(connection);
    }
}
