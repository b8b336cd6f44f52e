using ClosedXML.Excel;
using Analytics.Etl.Contracts;

namespace Analytics.Etl.Forms;

/// <summary>Writes the blank monthly form in Russian or Kazakh, as chairmen receive it.</summary>
public static class MonthlyReportFormTemplate
{
    private static readonly XLColor Accent = XLColor.FromHtml("#1F4E79");

    public static void Write(string path, bool kazakh)
    {
        using var workbook = new XLWorkbook();
        var report = workbook.Worksheets.Add(kazakh ? "Есеп" : "Отчет");
        var events = workbook.Worksheets.Add(kazakh ? "Іс-шаралар" : "Мероприятия");
        var codes = workbook.Worksheets.Add(FormLabels.CodeSheetNames[kazakh ? 1 : 0]);

        report.Cell(1, 1).Value = kazakh ? "Бастауыш кәсіподақ ұйымының айлық есебі" : "Ежемесячный отчёт первичной профсоюзной организации";
        report.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14).Font.SetFontColor(Accent);
        report.Cell(2, 1).Value = kazakh
            ? "B бағанын толтырыңыз. Іс-шаралар — келесі парақта. Сандар — бүтін, күндер — КК.АА.ЖЖЖЖ."
            : "Заполните столбец B. Мероприятия — на следующем листе. Числа — целые, даты — ДД.ММ.ГГГГ.";
        report.Cell(2, 1).Style.Font.SetItalic();
        var row = 4;
        foreach (var (field, ru, kk) in FormLabels.ReportFields)
        {
            report.Cell(row, 1).Value = FormLabels.Label(kazakh ? kk : ru, field);
            report.Cell(row, 2).Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF9E6"));
            report.Cell(row, 2).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin);
            report.Cell(row, 2).Style.NumberFormat.Format = "@";
            row++;
        }

        report.Column(1).Width = 62;
        report.Column(2).Width = 24;

        for (var column = 0; column < FormLabels.EventFields.Count; column++)
        {
            var (field, ru, kk) = FormLabels.EventFields[column];
            var cell = events.Cell(1, column + 1);
            cell.Value = FormLabels.Label(kazakh ? kk : ru, field);
            cell.Style.Font.SetBold().Font.SetFontColor(XLColor.White).Fill.SetBackgroundColor(Accent).Alignment.SetWrapText();
            events.Column(column + 1).Width = field is "title" ? 40 : 22;
        }

        events.SheetView.FreezeRows(1);
        for (var i = 0; i < CodeLists.EventTypes.Count; i++)
        {
            codes.Cell(i + 1, 1).Value = CodeLists.EventTypes[i];
        }

        events.Range(2, 2, 500, 2).SetDataValidation().List(codes.Range(1, 1, CodeLists.EventTypes.Count, 1));
        events.Range(2, 7, 500, 7).SetDataValidation().List("\"offline,online,mixed\"");
        codes.Hide();
        workbook.SaveAs(path);
    }
}
