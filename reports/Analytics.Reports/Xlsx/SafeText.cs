using ClosedXML.Excel;

namespace Analytics.Reports.Xlsx;

/// <summary>
/// Writes text that came from data (organisation names, sector names) so that a spreadsheet never
/// evaluates it: "=HYPERLINK(...)" in a name must stay the name (CSV/formula injection, OWASP).
/// </summary>
public static class SafeText
{
    /// <summary>The first characters that make Excel, LibreOffice or Sheets read a typed cell as a formula.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Whether <paramref name="text"/> would be read as a formula if a person typed it into a cell.</summary>
    public static bool LooksLikeFormula(string? text) => !string.IsNullOrEmpty(text) && FormulaStarts.Contains(text[0]);

    /// <summary>
    /// Stores <paramref name="text"/> as a text cell, never a formula. Text that starts like a formula also
    /// gets Excel's quote prefix (shown as a leading <c>'</c> in the formula bar), so even editing the cell
    /// and pressing Enter keeps it text. The value itself is unchanged: what is read back is what was written.
    /// </summary>
    public static void Write(IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.DataType = XLDataType.Text;
        cell.SetValue(text ?? "");
        cell.DataType = XLDataType.Text;
        if (LooksLikeFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }
}
