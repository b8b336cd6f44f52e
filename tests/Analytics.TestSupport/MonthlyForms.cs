using System.Globalization;
using Analytics.Etl.Forms;
using ClosedXML.Excel;

namespace Analytics.TestSupport;

/// <summary>Fills a monthly report form written by <see cref="MonthlyReportFormTemplate"/>, as a primary's chair would in Excel.</summary>
public static class MonthlyForms
{
    /// <param name="values">The report's fields by contract name; a field left out stays blank.</param>
    /// <param name="events">The events sheet's rows, from its second row, in its columns' order; an empty string is a blank cell.</param>
    public static void Fill(string path, IReadOnlyDictionary<string, object> values, object[][] events)
    {
        using var workbook = new XLWorkbook(path);
        var report = workbook.Worksheet(1);
        foreach (var row in report.RowsUsed())
        {
            var field = FormLabels.FieldOf(row.Cell(1).GetString(), FormLabels.ReportFields);
            if (field is not null && values.TryGetValue(field, out var value))
            {
                if (value is DateTime)
                {
                    // as Excel stores a date typed over the template's text cell: a date, in a date format
                    row.Cell(2).Style.NumberFormat.Format = "dd.mm.yyyy";
                }

                row.Cell(2).Value = value switch
                {
                    string text => text,
                    DateTime date => date,
                    _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
                };
            }
        }

        var sheet = workbook.Worksheet(2);
        for (var r = 0; r < events.Length; r++)
        {
            for (var c = 0; c < events[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (events[r][c])
                {
                    case DateTime date:
                        cell.Value = date;
                        break;
                    case int number:
                        cell.Value = number;
                        break;
                    case string text when text.Length > 0:
                        cell.Value = text;
                        break;
                }
            }
        }

        workbook.Save();
    }
}
