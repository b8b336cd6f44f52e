using ClosedXML.Excel;

namespace Analytics.Reports.Xlsx;

/// <summary>Adds a formatted table sheet: bold filled header, frozen, filtered, typed cells, widths set by hand.</summary>
internal static class SheetWriter
{
    public const string HeaderFill = "#E8EEF6";

    public static IXLWorksheet Add<T>(XLWorkbook workbook, string name, IReadOnlyList<SheetColumn<T>> columns, IEnumerable<T> rows, string? emptyMessage = null)
    {
        var sheet = workbook.AddWorksheet(SheetName(name));
        for (var c = 0; c < columns.Count; c++)
        {
            SafeText.Write(sheet.Cell(1, c + 1), columns[c].Header);
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml(HeaderFill);
        header.Style.Alignment.WrapText = true;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.Row(1).Height = 32;
        sheet.SheetView.FreezeRows(1);

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                Write(sheet.Cell(r, c + 1), columns[c].Kind, columns[c].Value(row));
            }

            r++;
        }

        if (r == 2 && emptyMessage is not null)
        {
            SafeText.Write(sheet.Cell(2, 1), emptyMessage);
            sheet.Cell(2, 1).Style.Font.Italic = true;
        }
        else if (r > 2)
        {
            sheet.Range(1, 1, r - 1, columns.Count).SetAutoFilter();
        }

        return sheet;
    }

    public static void Write(IXLCell cell, CellKind kind, object? value)
    {
        if (value is null)
        {
            return;
        }

        switch (kind)
        {
            case CellKind.Text:
                SafeText.Write(cell, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case CellKind.Date:
                cell.SetValue(value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : (DateTime)value);
                cell.Style.NumberFormat.Format = "dd.mm.yyyy";
                return;
            default:
                cell.SetValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                // stored in the file's invariant syntax; Excel shows the separators of the reader's locale (ru/kk: space and comma)
                cell.Style.NumberFormat.Format = kind switch
                {
                    CellKind.Integer => "#,##0",
                    CellKind.Decimal => "#,##0.0",
                    _ => "0.0%",
                };
                return;
        }
    }

    /// <summary>Excel's rules: at most 31 characters, none of <c>: \ / ? * [ ]</c>.</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => ":\\/?*[]".Contains(ch, StringComparison.Ordinal) ? ' ' : ch).ToArray()).Trim();
        return clean.Length <= 31 ? clean : clean[..31].TrimEnd();
    }
}
