using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Tests.Weekly;

[Collection(ChromiumGroup.Name)]
public sealed class WeeklyReportPdfTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task WriteAsync_Russian_PrintsWeekKpisAndSectorsOnAtMostFourPages()
    {
        var path = (await ReportWriter.WriteAsync(new WeeklyReportDocument(SampleWeeklyReport.Week7()), ReportLanguage.Russian, chromium.OutDirectory, chromium.Printer)).Pdf;

        Assert.Equal("weekly-w07-ru.pdf", Path.GetFileName(path));
        var pdf = PrintedText.Read(path);
        Assert.InRange(pdf.Pages, 1, 4);
        Assert.Contains("Неделя 7 из 16", pdf.Raw);
        Assert.Contains("12\u00A0345", pdf.Raw); // PdfPig returns the no-break space as U+00A0
        Assert.Contains("62,3\u00A0%", pdf.Raw);
        Assert.True(pdf.Shows("Еженедельный мониторинг"));
        Assert.True(pdf.Shows("Этап 2 «Защищаем и помогаем»"));
        Assert.True(pdf.Shows("Данные на 18.04.2025"));
        Assert.True(pdf.Shows("не выполнено"));
        Assert.True(pdf.Shows("не применимо"));
        Assert.True(pdf.Shows("Полнота отчётности за месяц 2: 3 120 из 4 562 первичных организаций (68,4 %)"));
        Assert.True(pdf.Shows("Профсоюз работников спорта и туризма"));
        Assert.True(pdf.Shows("нет данных"));
        Assert.Equal("Еженедельный мониторинг, неделя 7", pdf.Title);
    }

    [Fact]
    public async Task WriteAsync_Kazakh_PrintsKazakhLettersAndFormats()
    {
        var path = (await ReportWriter.WriteAsync(new WeeklyReportDocument(SampleWeeklyReport.Week7()), ReportLanguage.Kazakh, chromium.OutDirectory, chromium.Printer)).Pdf;

        Assert.Equal("weekly-w07-kk.pdf", Path.GetFileName(path));
        var pdf = PrintedText.Read(path);
        Assert.InRange(pdf.Pages, 1, 4);
        Assert.Contains("16 аптаның 7-аптасы", pdf.Raw);
        Assert.Contains("12\u00A0345", pdf.Raw);
        Assert.Contains("62,3\u00A0%", pdf.Raw);
        Assert.True(pdf.Shows("Апталық мониторинг"));
        Assert.True(pdf.Shows("2-кезең «Қорғаймыз және көмектесеміз»"));
        Assert.True(pdf.Shows("18.04.2025 жағдай бойынша деректер"));
        Assert.True(pdf.Shows("орындалмады"));
        Assert.True(pdf.Shows("қолданылмайды"));
        Assert.True(pdf.Shows("Кәсіподақ жеңістері банкіндегі көмек тарихтары"));
        Assert.True(pdf.Shows("Бұқаралық ақпарат құралдары қызметкерлерінің кәсіподағы"));
        Assert.True(pdf.Shows("деректер жоқ"));
    }

    [Fact]
    public async Task WriteAsync_MarkupInSectorName_PrintsItAsText()
    {
        var report = SampleWeeklyReport.Week7(firstSectorName: SampleWeeklyReport.Script);
        var outDirectory = Path.Combine(chromium.OutDirectory, "escaping");

        var path = (await ReportWriter.WriteAsync(new WeeklyReportDocument(report), ReportLanguage.Russian, outDirectory, chromium.Printer)).Pdf;

        var pdf = PrintedText.Read(path);
        Assert.True(pdf.Shows(SampleWeeklyReport.Script), "the sector name should be printed literally");
        // Chromium takes the PDF title from document.title: had the script run, it would be "x"
        Assert.Equal("Еженедельный мониторинг, неделя 7", pdf.Title);
    }

    [Fact]
    public async Task WriteAsync_SectorTableLongerThanAPage_RepeatsItsHeader()
    {
        var report = SampleWeeklyReport.Week7();
        var many = Enumerable.Range(0, 3).SelectMany(copy => report.Sectors.Select(s => s with { OrgId = s.OrgId + "-" + copy })).ToList();
        var outDirectory = Path.Combine(chromium.OutDirectory, "long");

        var path = (await ReportWriter.WriteAsync(new WeeklyReportDocument(report with { Sectors = many }), ReportLanguage.Russian, outDirectory, chromium.Printer)).Pdf;

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        // pages 1 and 2 hold the KPIs, the week, the chart, the map and the red zone; the last page the monitoring sections
        var tablePages = pdf.GetPages().Where(page => page.Number > 2 && !page.Text.Contains("Светофор", StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 2, $"72 sector unions should need more than one page, got {tablePages.Count}");
        Assert.All(tablePages, page => Assert.Contains("Отраслевой профсоюз", page.Text));
    }
}
