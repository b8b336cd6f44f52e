using ClosedXML.Excel;

namespace Analytics.Etl.Sources;

/// <summary>A sheet with a header row and one record a row (the registry as XLSX); rows are the sheet's rows.</summary>
public static class XlsxSheetSource
{
    public static TabularData Read(string path) => Read(path, sheetNames: []);

    /// <summary>Reads the first sheet whose name is one of <paramref name="sheetNames"/>, or the first sheet when none is given.</summary>
    public static TabularData Read(string path, IReadOnlyList<string> sheetNames)
    {
        InputLimits.CheckUnpackedSize(path);
        using var workbook = new XLWorkbook(path);
        var sheet = sheetNames.Count == 0
            ? workbook.Worksheet(1)
            : workbook.Worksheets.FirstOrDefault(candidate => sheetNames.Contains(candidate.Name.Trim(), StringComparer.OrdinalIgnoreCase));
        return sheet is null ? new TabularData([], []) : Read(sheet);
    }

    internal static TabularData Read(IXLWorksheet sheet)
    {
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return new TabularData([], []);
        }

        var firstRow = used.FirstRow().RowNumber();
        var lastRow = used.LastRow().RowNumber();
        var lastColumn = used.LastColumn().ColumnNumber();
        var header = Enumerable.Range(1, lastColumn).Select(column => XlsxCells.Text(sheet.Cell(firstRow, column)) ?? "").ToList();
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        var records = new List<RawRecord>();
        for (var row = firstRow + 1; row <= lastRow; row++)
        {
            var fields = Enumerable.Range(1, header.Count).Select(column => XlsxCells.Text(sheet.Cell(row, column))).ToArray();
            if (fields.Any(field => !string.IsNullOrWhiteSpace(field)))
            {
                records.Add(new RawRecord(row, fields));
            }
        }

        return new TabularData(header, records, records.Count);
    }
}
