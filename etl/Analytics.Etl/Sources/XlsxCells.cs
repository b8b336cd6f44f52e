using System.Globalization;
using ClosedXML.Excel;
using ClosedXML.Excel.CalcEngine.Exceptions;

namespace Analytics.Etl.Sources;

/// <summary>A spreadsheet cell as the text the contract expects: ISO dates, invariant numbers.</summary>
internal static class XlsxCells
{
    /// <remarks>
    /// A formula saved without its result (as scripts write them) is computed when read; one that fails reads as
    /// Excel would show it (<c>#DIV/0!</c>), so that only its row is quarantined, naming the column, as with a result
    /// saved as an error.
    /// </remarks>
    public static string? Text(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        try
        {
            if (cell.HasFormula)
            {
                // computed here, so that a failure is the formula's own error and not a failed conversion of its text
                _ = cell.Value;
            }

            return Value(cell);
        }
        catch (CalcEngineException failed)
        {
            return failed switch
            {
                DivisionByZeroException => "#DIV/0!",
                NameNotRecognizedException => "#NAME?",
                CellReferenceException => "#REF!",
                NumberException => "#NUM!",
                NoValueAvailableException => "#N/A",
                NullValueException => "#NULL!",
                _ => "#VALUE!",
            };
        }
    }

    private static string Value(IXLCell cell) =>
        cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime() is var value && value.TimeOfDay == TimeSpan.Zero
                ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : cell.GetDateTime().ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            XLDataType.Number => cell.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            XLDataType.Boolean => cell.GetBoolean() ? "true" : "false",
            _ => cell.GetString(),
        };
}
