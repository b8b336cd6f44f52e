using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Tests.Monthly;
using Analytics.Reports.Tests.Weekly;
using Analytics.Reports.Threats;
using ClosedXML.Excel;
using Dapper;
using UglyToad.PdfPig;

namespace Analytics.Reports.Tests.Threats;

/// <summary>The restricted threat sheet of the sample federation at 2026-11-20 (week 11 in progress).</summary>
[Collection(PeriodicReportsGroup.Name)]
public sealed class ThreatsReportTests(SampleWarehouseFixture warehouse, ChromiumFixture chromium)
{
    [Fact]
    public void Read_OneSheetPerOrganisationWithALight_MostUrgentFirst_WithItsWeeksAndLevels()
    {
        using var connection = warehouse.Open();
        var report = ThreatsReportQuery.Read(connection);
        var organisations = connection.Query<string>("select org_id from marts.mart_threat_light order by org_id").ToList();

        Assert.Equal(organisations, report.Sheets.Select(s => s.OrgId).Order(StringComparer.Ordinal));
        var order = report.Sheets.Select(s => Array.IndexOf(["green", "yellow", "orange", "red"], s.Zone)).ToList();
        Assert.Equal(order.OrderDescending(), order);
        Assert.All(report.Sheets, s => Assert.Equal(["low", "medium", "high", "critical"], s.Levels.Select(l => l.Level)));
        // the last week, 11 (Nov 15–21), is in progress: it is the light at the cut-off
        Assert.All(report.Sheets, s => Assert.Equal((11, s.Points, s.Zone, s.Regime, false), (s.History[^1].Week, s.History[^1].Points, s.History[^1].Zone, s.History[^1].Regime, s.History[^1].Complete)));
    }

    [Fact]
    public void Read_OneOrganisation_OrAnUnknownOneIsRefused()
    {
        using var connection = warehouse.Open();
        var first = ThreatsReportQuery.Read(connection).Sheets[0];

        Assert.Equal([first.OrgId], ThreatsReportQuery.Read(connection, first.OrgId).Sheets.Select(s => s.OrgId));
        Assert.Throws<ReportUnavailableException>(() => ThreatsReportQuery.Read(connection, "NO-SUCH-ORG"));
    }

    [Theory]
    [InlineData("ru", "Для служебного пользования", "Информирование ФПРК:")]
    [InlineData("kk", "Қызметтік пайдалану үшін", "ҚРКФ-ға ақпарат беру:")]
    public async Task WriteAsync_EveryPageMarked_EveryOrganisationNamed_TheZonesRequirementsPrinted(string code, string marking, string inform)
    {
        using var connection = warehouse.Open();
        var report = ThreatsReportQuery.Read(connection);
        var language = ReportLanguage.Parse(code);

        var files = await ReportWriter.WriteAsync(new ThreatsReportDocument(report), language, SampleWarehouseFixture.OutDirectory("threats"), chromium.Printer);

        Assert.Equal($"threats-2026-11-20-{code}.pdf", Path.GetFileName(files.Pdf));
        using (var document = PdfDocument.Open(files.Pdf))
        {
            // the cover, then one page or more per organisation; each page marked at its top and its bottom
            Assert.True(document.NumberOfPages > report.Sheets.Count);
            Assert.All(document.GetPages(), page => Assert.True(
                page.Text.Split(marking).Length - 1 >= 2, $"page {page.Number} lacks the marking top and bottom"));
        }

        var pdf = PrintedText.Read(files.Pdf);
        Assert.All(report.Sheets, s => Assert.True(pdf.Shows(code == "kk" ? s.NameKk : s.NameRu), s.OrgId));
        Assert.True(pdf.Shows(inform));
        var worst = report.Sheets[0];
        Assert.True(pdf.Shows(report.Texts.Text("zone", worst.Zone, code, "inform_federation")), "what the worst zone asks of the federation");
        Assert.True(pdf.Shows(report.Texts.Lines("zone", worst.Zone, code, "leader_actions")[0]), "the leader's first action");

        using var workbook = new XLWorkbook(files.Xlsx);
        Assert.All(workbook.Worksheets, sheet => Assert.Contains(marking, sheet.PageSetup.Header.Left.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal));
        var manifest = ReportManifest.Read(files.Manifest);
        Assert.Equal(("threats", "federation", code), (manifest.Report, manifest.Scope, manifest.Language));
    }
}
