using System.Globalization;
using ClosedXML.Excel;

namespace Analytics.Etl.Sources;

/// <summary>A spreadsheet cell as the text the contract expects: ISO dates, invariant numbers.</summary>
internal static class XlsxCells
{
    public static string? Text(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        return cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime() is var value && value.TimeOfDay == TimeSpan.Zero
                ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : cell.GetDateTime().ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            XLDataType.Number => cell.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            XLDataType.Boolean => cell.GetBoolean() ? "true" : "false",
            _ => cell.GetString(),
        };
    }
}
