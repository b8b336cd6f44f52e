using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;

namespace Analytics.Etl.Forms;

/// <summary>
/// A filled monthly form (org_report*.xlsx): sheet 1 «Отчет»/«Есеп» holds label–value pairs in columns A–B,
/// sheet 2 «Мероприятия»/«Іс-шаралар» one event a row. Rows are the sheets' own row numbers.
/// </summary>
public static partial class MonthlyReportForm
{
    /// <summary>
    /// The form's report and its events. The sheets are known by name in either language, else by place: the first
    /// sheet is the report, the second the events (unless it is the code lists). A form without such a sheet, or with
    /// an empty one, has no events (a primary that held none).
    /// </summary>
    public static (TabularData Report, TabularData? Events) Read(string path)
    {
        InputLimits.CheckUnpackedSize(path);
        using var workbook = new XLWorkbook(path);
        var reportSheet = Sheet(workbook, FormLabels.ReportSheetNames) ?? workbook.Worksheet(1);
        var report = ReadReport(reportSheet);
        var eventSheet = Sheet(workbook, FormLabels.EventSheetNames)
            ?? workbook.Worksheets.Skip(1).Take(1).FirstOrDefault(sheet => sheet != reportSheet && !FormLabels.CodeSheetNames.Contains(sheet.Name.Trim(), StringComparer.OrdinalIgnoreCase));
        var events = eventSheet is null ? null : ReadEvents(eventSheet, report);
        return (report, events);
    }

    private static IXLWorksheet? Sheet(XLWorkbook workbook, IReadOnlyList<string> names) =>
        workbook.Worksheets.FirstOrDefault(sheet => names.Contains(sheet.Name.Trim(), StringComparer.OrdinalIgnoreCase));

    /// <remarks>
    /// Every row with a value in column B counts, as a CSV's every column does: a label the form does not know is an
    /// unknown column (ignored, with a warning), a field given twice a column named twice (the form is refused). A row
    /// with column B empty and no known label is the form's title or a note.
    /// </remarks>
    private static TabularData ReadReport(IXLWorksheet sheet)
    {
        var header = new List<string>();
        var values = new List<string?>();
        long firstRow = 0;
        foreach (var row in sheet.RowsUsed())
        {
            var label = XlsxCells.Text(row.Cell(1));
            var field = FormLabels.FieldOf(label, FormLabels.ReportFields);
            var value = field == "period" ? Month(row.Cell(2)) : XlsxCells.Text(row.Cell(2));
            if (field is null && (string.IsNullOrWhiteSpace(label) || string.IsNullOrWhiteSpace(value)))
            {
                continue;
            }

            firstRow = firstRow == 0 ? row.RowNumber() : firstRow;
            header.Add(field ?? label!.Trim());
            values.Add(value);
        }

        return header.Count == 0
            ? new TabularData([], [])
            : new TabularData(header, [new RawRecord(firstRow, values.ToArray())]);
    }

    /// <summary>
    /// The reporting month as typed: Excel turns «2026-09» or «09.2026» typed into a cell into the date 01.09.2026, which
    /// is read back as that month; any other date stays a date, which the check refuses.
    /// </summary>
    private static string? Month(IXLCell cell) =>
        cell.DataType == XLDataType.DateTime && cell.GetDateTime() is { Day: 1, TimeOfDay.Ticks: 0 } first
            ? first.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : XlsxCells.Text(cell);

    private static TabularData? ReadEvents(IXLWorksheet sheet, TabularData report)
    {
        var table = XlsxSheetSource.Read(sheet);
        if (table.Header.Count == 0)
        {
            return null;
        }

        var header = table.Header.Select(label => FormLabels.FieldOf(label, FormLabels.EventFields) ?? label).ToList();
        var orgId = Value(report, "org_id");
        var period = Value(report, "period");
        // The form is one submission: an event without a time of its own is as recent as the report it came with, so
        // that the re-delivery rule (the latest submitted_at wins) keeps a re-sent form's events with its report.
        var submittedAt = Value(report, "submitted_at");
        var eventId = header.IndexOf("event_id");
        if (eventId < 0)
        {
            header.Add("event_id");
        }

        var eventSubmittedAt = header.IndexOf("submitted_at");
        if (eventSubmittedAt < 0)
        {
            header.Add("submitted_at");
        }

        header.Add("org_id");
        var submitted = header.IndexOf("submitted_at");
        var id = header.IndexOf("event_id");
        var records = table.Records.Select(record =>
        {
            var fields = record.Fields.ToList();
            if (eventId < 0)
            {
                fields.Add(null);
            }

            if (eventSubmittedAt < 0)
            {
                fields.Add(null);
            }

            if (string.IsNullOrWhiteSpace(fields[submitted]))
            {
                fields[submitted] = submittedAt;
            }

            fields.Add(orgId);
            if (!string.IsNullOrWhiteSpace(fields[id]))
            {
                return record with { Fields = fields };
            }

            // input contract: a blank event_id on the form is <org_id>-<period>-<row>. Only of a month: an id made of a
            // mistyped period would stay when the corrected form came, and its events would count twice; such an
            // event is quarantined beside the report, saying why, until the form is sent again.
            if (period is not null && MonthPattern().IsMatch(period))
            {
                fields[id] = $"{orgId}-{period}-{record.Line}";
                return record with { Fields = fields };
            }

            return record with { Fields = fields, Problem = Unnamed(period) };
        });
        return new TabularData(header, records.ToList());
    }

    private static RecordProblem Unnamed(string? period) => new(
        "form_period",
        "event_id, или месяц отчёта формы (period) в виде ГГГГ-ММ, из которого код мероприятия составляется",
        "event_id немесе нысанның есепті айы (period) ЖЖЖЖ-АА түрінде, іс-шара коды содан құралады",
        period);

    [GeneratedRegex("^" + ValueSql.PeriodPattern + "$")]
    private static partial Regex MonthPattern();

    private static string? Value(TabularData data, string field)
    {
        var index = data.Header.ToList().IndexOf(field);
        return index < 0 ? null : data.Records.Single().Fields[index]?.Trim();
    }
}
