using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Weekly;
using ClosedXML.Excel;

namespace Analytics.Reports.Tests.Weekly;

[Collection(ChromiumGroup.Name)]
public sealed class WeeklyReportFilesTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task WriteAsync_Week7_WritesPdfXlsxAndManifestSideBySide()
    {
        var outDirectory = Path.Combine(chromium.OutDirectory, "files");

        var files = await ReportWriter.WriteAsync(new WeeklyReportDocument(SampleWeeklyReport.Week7()), ReportLanguage.Kazakh, outDirectory, chromium.Printer);

        Assert.Equal("weekly-w07-kk.pdf", Path.GetFileName(files.Pdf));
        Assert.Equal("weekly-w07-kk.xlsx", Path.GetFileName(files.Xlsx));
        Assert.Equal("weekly-w07-kk.manifest.json", Path.GetFileName(files.Manifest));
        using (var workbook = new XLWorkbook(files.Xlsx))
        {
            Assert.Equal("Есеп", workbook.Worksheets.First().Name);
        }

        var manifest = ReportManifest.Read(files.Manifest);
        Assert.Equal("weekly", manifest.Report);
        Assert.Equal(7, manifest.Week);
        Assert.Equal("kk", manifest.Language);
        Assert.Equal("2025-04-18", manifest.Cutoff);
        Assert.StartsWith("0.1.0", manifest.ProductVersion, StringComparison.Ordinal);
        Assert.Equal(["organisations.csv", "events.csv"], manifest.Inputs.Select(i => i.FileName));
        Assert.Equal(new string('a', 64), manifest.Inputs[0].Sha256);
        Assert.Equal(
            [("weekly-w07-kk.pdf", ReportManifest.Sha256Of(files.Pdf)), ("weekly-w07-kk.xlsx", ReportManifest.Sha256Of(files.Xlsx))],
            manifest.Outputs.Select(o => (o.FileName, o.Sha256)));
        Assert.Matches("^[0-9a-f]{64}$", manifest.Outputs[0].Sha256);
    }

    [Fact]
    public async Task WriteAsync_SameReportTwice_SamePdfWithoutGenerationTime()
    {
        var report = SampleWeeklyReport.Week7(withMonitoringMarts: true);

        var first = await ReportWriter.WriteAsync(new WeeklyReportDocument(report), ReportLanguage.Russian, Path.Combine(chromium.OutDirectory, "twice-1"), chromium.Printer);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a generation time would now differ in its seconds
        var second = await ReportWriter.WriteAsync(new WeeklyReportDocument(report), ReportLanguage.Russian, Path.Combine(chromium.OutDirectory, "twice-2"), chromium.Printer);

        Assert.Equal(PrintedText.Read(first.Pdf).Raw, PrintedText.Read(second.Pdf).Raw);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(first.Pdf);
        // Chromium's own time of printing is replaced by the cut-off
        Assert.Equal("D:20250418000000+00'00'", pdf.Information.CreationDate);
        Assert.Equal("D:20250418000000+00'00'", pdf.Information.ModifiedDate);
        var today = DateTime.UtcNow.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(today, PrintedText.Read(first.Pdf).Raw, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(first.Pdf), File.ReadAllBytes(second.Pdf));
        Assert.Equal(ReportManifest.Read(first.Manifest).Outputs[0], ReportManifest.Read(second.Manifest).Outputs[0]);
    }

    [Theory]
    [InlineData("ru", "На неделе 7 новых проблем не выявлено.", "На дату среза ни одна организация не ведёт журнал мониторинга.")]
    [InlineData("kk", "7-аптада жаңа мәселелер анықталған жоқ.", "Кесу күніне бірде-бір ұйым мониторинг журналын жүргізбейді.")]
    public void RenderHtml_NoEmergingProblemsNorJournal_SaysSo(string code, string emerging, string threats)
    {
        var html = System.Net.WebUtility.HtmlDecode(new WeeklyReportDocument(SampleWeeklyReport.Week7()).RenderHtml(ReportLanguage.Parse(code)));

        Assert.Contains(emerging, html, StringComparison.Ordinal);
        Assert.Contains(threats, html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderHtml_MonitoringMartsPresent_ShowsEmergingProblemsAndZoneCounts()
    {
        var html = System.Net.WebUtility.HtmlDecode(new WeeklyReportDocument(SampleWeeklyReport.Week7(withMonitoringMarts: true)).RenderHtml(ReportLanguage.Russian));

        Assert.DoesNotContain("новых проблем не выявлено", html, StringComparison.Ordinal);
        Assert.Contains("<td>Мангистауская область</td><td>Оплата труда</td><td class=\"num value\">19</td><td class=\"num muted\">11,5</td>", html, StringComparison.Ordinal);
        // territorial associations and the federation: all green, so folded into the one row of the rest (the XLSX lists them)
        Assert.Contains("<td>Остальные 1 (все их организации в зелёной зоне)</td><td class=\"num\">2</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Территориальные объединения и Федерация", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"total\"><td>Итого</td><td class=\"num\">6</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">10</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderHtml_WeekOnWeek_ShowsCountsAndSignedChange()
    {
        var html = System.Net.WebUtility.HtmlDecode(new WeeklyReportDocument(SampleWeeklyReport.Week7()).RenderHtml(ReportLanguage.Russian));

        Assert.Contains("\u22121\u00A0300 <span class=\"sub\">(\u221257,5\u00A0%)</span>", html, StringComparison.Ordinal); // events 2 260 → 960
        Assert.Contains("+24 <span class=\"sub\">(+2,0\u00A0%)</span>", html, StringComparison.Ordinal);                  // appeals 1 180 → 1 204
        Assert.Contains("<td class=\"num trend-up\">+12</td>", html, StringComparison.Ordinal);                            // cases 0 → 12: no percentage
        Assert.Contains("Неделя 7 ещё идёт: учтены дни по 18.04.2025 включительно, неделя 6 — целиком.", html, StringComparison.Ordinal);
    }
}
