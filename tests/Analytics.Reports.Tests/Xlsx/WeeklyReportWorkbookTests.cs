using System.IO.Compression;
using Analytics.Reports.Localization;
using Analytics.Reports.Tests.Weekly;
using Analytics.Reports.Weekly;
using Analytics.Reports.Xlsx;
using ClosedXML.Excel;

namespace Analytics.Reports.Tests.Xlsx;

public sealed class WeeklyReportWorkbookTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("senim-xlsx-").FullName;

    [Fact]
    public void Write_Russian_EveryTableIsASheetNamedInRussian()
    {
        using var workbook = Write(SampleWeeklyReport.Week7(withMonitoringMarts: true), ReportLanguage.Russian);

        Assert.Equal(
            ["Отчёт", "Показатели Федерации", "Неделя к неделе", "Мероприятия по неделям", "Регионы", "Отраслевые профсоюзы", "Красная зона", "Новые проблемы", "Светофор угроз"],
            workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void Write_Kazakh_SheetNamesAndHeadersAreKazakh()
    {
        using var workbook = Write(SampleWeeklyReport.Week7(), ReportLanguage.Kazakh);

        Assert.Contains("Салалық кәсіподақтар", workbook.Worksheets.Select(s => s.Name));
        Assert.Contains("Қызыл аймақ", workbook.Worksheets.Select(s => s.Name));
        Assert.Equal("Салалық кәсіподақ", workbook.Worksheet("Салалық кәсіподақтар").Cell(1, 2).GetString());
    }

    [Fact]
    public void Write_AnySheet_HasBoldFilledFrozenHeaderAndWidthsSetByHand()
    {
        using var workbook = Write(SampleWeeklyReport.Week7(), ReportLanguage.Russian);

        foreach (var sheet in workbook.Worksheets)
        {
            var header = sheet.Cell(1, 1).Style;
            Assert.True(header.Font.Bold, $"{sheet.Name}: header not bold");
            Assert.Equal(XLColor.FromHtml("#E8EEF6"), header.Fill.BackgroundColor);
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.All(sheet.ColumnsUsed(), column => Assert.InRange(column.Width, 5, 100));
        }
    }

    [Fact]
    public void Write_Numbers_AreNumbersWithFormats()
    {
        using var workbook = Write(SampleWeeklyReport.Week7(), ReportLanguage.Russian);

        var sectors = workbook.Worksheet("Отраслевые профсоюзы");
        var row = sectors.RowsUsed().Skip(1).First(r => r.Cell(3).GetValue<long>() > 0);
        Assert.Equal(XLDataType.Number, row.Cell(3).DataType);
        Assert.Equal("#,##0", row.Cell(3).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, row.Cell(4).DataType);
        Assert.Equal("0.0%", row.Cell(4).Style.NumberFormat.Format);
        Assert.InRange(row.Cell(4).GetValue<double>(), 0, 1);

        var events = workbook.Worksheet("Мероприятия по неделям");
        Assert.Equal(XLDataType.DateTime, events.Cell(8, 2).DataType); // week 7
        Assert.Equal("dd.mm.yyyy", events.Cell(8, 2).Style.NumberFormat.Format);
        Assert.Equal(new DateTime(2025, 4, 15), events.Cell(8, 2).GetDateTime());
        Assert.Equal(new DateTime(2025, 4, 21), events.Cell(8, 3).GetDateTime());
        Assert.Equal(960, events.Cell(8, 4).GetValue<long>());

        var week = workbook.Worksheet("Неделя к неделе");
        Assert.Equal("Неделя 6", week.Cell(1, 2).GetString());
        Assert.Equal(-1300, week.Cell(2, 4).GetValue<long>()); // events 2 260 → 960
        Assert.True(week.Cell(4, 5).IsEmpty(), "a change against 0 has no percentage");
    }

    [Fact]
    public void Write_RedZone_ListsEveryRedPrimaryNotOnlyThePdfsFew()
    {
        using var workbook = Write(SampleWeeklyReport.Week7(), ReportLanguage.Russian);

        Assert.Equal(1 + 37, workbook.Worksheet("Красная зона").RowsUsed().Count());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"x\")")]
    [InlineData("+7 701 000 00 00")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public void Write_FormulaLikeName_IsStoredAsTextNeverAFormula(string name)
    {
        var report = SampleWeeklyReport.Week7(firstSectorName: name, firstPrimaryName: name);

        var path = Path.Combine(directory, "formula.xlsx");
        WeeklyReportWorkbook.Write(report, ReportLanguage.Russian, path);

        using (var workbook = new XLWorkbook(path))
        {
            var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => c.GetString() == name).ToList();
            Assert.Equal(2, cells.Count); // the sector union and the red primary
            Assert.All(cells, cell =>
            {
                Assert.False(cell.HasFormula);
                Assert.Equal(XLDataType.Text, cell.DataType);
                Assert.True(cell.Style.IncludeQuotePrefix, "Excel's quote prefix keeps the text a text even when edited");
            });
        }

        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain("<x:f>", reader.ReadToEnd(), StringComparison.Ordinal);
        }
    }

    /// <summary>The delivery journal knows a report by its files' hashes: printed again, it must be the same file.</summary>
    [Fact]
    public void Write_SameReportTwice_GivesTheSameBytesAndAPackageExcelOpens()
    {
        var first = Path.Combine(directory, "first.xlsx");
        var second = Path.Combine(directory, "second.xlsx");

        WeeklyReportWorkbook.Write(SampleWeeklyReport.Week7(withMonitoringMarts: true), ReportLanguage.Russian, first);
        Thread.Sleep(2100); // past the zip format's two-second clock
        WeeklyReportWorkbook.Write(SampleWeeklyReport.Week7(withMonitoringMarts: true), ReportLanguage.Russian, second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var workbook = new XLWorkbook(second);
        Assert.Equal("Отчёт", workbook.Worksheets.First().Name);
        Assert.Equal(new DateTime(2025, 4, 18), workbook.Properties.Created.Date);
    }

    [Fact]
    public void Write_NoEmergingProblemsNorJournal_SheetsSaySo()
    {
        using var workbook = Write(SampleWeeklyReport.Week7(), ReportLanguage.Kazakh);

        Assert.Equal("7-аптада жаңа мәселелер анықталған жоқ.", workbook.Worksheet("Жаңа мәселелер").Cell(2, 1).GetString());
        Assert.Equal("Кесу күніне бірде-бір ұйым мониторинг журналын жүргізбейді.", workbook.Worksheet("Қауіптер бағдаршамы").Cell(2, 1).GetString());
    }

    [Fact]
    public void Write_MonitoringMartsPresent_CountsOnly()
    {
        using var workbook = Write(SampleWeeklyReport.Week7(withMonitoringMarts: true), ReportLanguage.Russian);

        var threats = workbook.Worksheet("Светофор угроз");
        Assert.Equal(["Код организации", "Отраслевой профсоюз", "зелёный", "жёлтый", "оранжевый", "красный", "Особый режим", "Всего"],
            threats.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal("Территориальные объединения и Федерация", threats.Cell(4, 2).GetString());
        Assert.Equal("Оплата труда", workbook.Worksheet("Новые проблемы").Cell(2, 5).GetString());
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private XLWorkbook Write(WeeklyReport report, ReportLanguage language)
    {
        var path = Path.Combine(directory, $"weekly-{language.Code}-{Guid.NewGuid():N}.xlsx");
        WeeklyReportWorkbook.Write(report, language, path);
        return new XLWorkbook(path);
    }
}
