using System.Text;
using Analytics.Etl.Contracts;
using Analytics.Etl.Privacy;

namespace Analytics.Etl.Validation;

/// <summary>
/// Builds the one set-based query that types every row of <c>load_incoming</c> and names, per bad row,
/// the first failing column in contract order with the reason (input contract, "bad rows").
/// </summary>
internal static class ValidationQuery
{
    public static string Build(DatasetContract contract, IReadOnlyDictionary<string, string>? transforms = null)
    {
        var checks = new List<(string Column, string FailsWhen, string Code, Expectation Expected)>();
        foreach (var column in contract.Columns)
        {
            var parsed = $"p.\"{column.Name}\"";
            var text = $"p.\"text__{column.Name}\"";
            if (column.Required)
            {
                checks.Add((column.Name, $"{text} is null", "missing_value", Expectations.Required));
            }

            if (column.Kind != ValueKind.Text)
            {
                checks.Add((column.Name, $"{text} is not null and {parsed} is null", $"bad_{column.Kind.ToString().ToLowerInvariant()}", Expectations.For(column)));
            }

            if (column.Min is { } min)
            {
                checks.Add((column.Name, $"{parsed} < {min}", "out_of_range", Expectations.For(column)));
            }

            if (column.Max is { } max)
            {
                checks.Add((column.Name, $"{parsed} > {max}", "out_of_range", Expectations.For(column)));
            }

            checks.AddRange(contract.Checks.Where(check => check.Column == column.Name)
                .Select(check => (check.Column, check.FailsWhen, check.ReasonCode, check.Expected)));
        }

        var sql = new StringBuilder();
        // load_incoming holds cells already trimmed, blanks as null (IncomingTable.Cell).
        sql.AppendLine("with p as (select source_row,");
        sql.AppendLine(string.Join(",\n", contract.Columns.Select(column =>
        {
            var expression = ValueSql.Parse(column, $"trimmed.\"{column.Name}\"");
            if (transforms is not null && transforms.TryGetValue(column.Name, out var transform))
            {
                expression = string.Format(System.Globalization.CultureInfo.InvariantCulture, transform, expression);
            }

            return $"    {expression} as \"{column.Name}\", trimmed.\"{column.Name}\" as \"text__{column.Name}\"";
        })));
        sql.AppendLine("from load_incoming as trimmed),");
        // The checks run once per row, in contract order, giving the number of the first that fails; the column,
        // reason and value are then looked up by that number rather than by re-running the checks.
        sql.AppendLine("checked as (select p.*, case");
        sql.AppendLine(string.Join("\n", checks.Select((check, i) => $"    when {check.FailsWhen} then {i + 1}")));
        sql.AppendLine("end as failure from p),");
        // The failing cell's text, picked first so that it is scrubbed by one expression: a scrubbing per check
        // compiled its three regular expressions again for every check, a fixed cost of every file.
        sql.AppendLine("failed as (select *, case failure " + string.Join(" ", checks.Select((check, i) => $"when {i + 1} then \"text__{check.Column}\"")) + " end as bad_text from checked)");
        sql.AppendLine("select source_row,");
        sql.AppendLine(string.Join(",\n", contract.Columns.Select(column => $"    \"{column.Name}\"")) + ",");
        sql.AppendLine($"    {List(checks.Select(check => check.Column))}[failure] as bad_column,");
        // The bad value is shown in quarantine, the console and the load report: phones, emails and IINs typed
        // into any column are masked there too (methodology §12). A BIN cell is kept: it names an organisation.
        sql.AppendLine($"    {ShownValue(contract, checks.Select(check => check.Column).ToList())} as bad_value,");
        sql.AppendLine($"    {List(checks.Select(check => check.Code))}[failure] as reason_code,");
        sql.AppendLine($"    {List(checks.Select(check => check.Expected.Ru))}[failure] as expected_ru,");
        sql.AppendLine($"    {List(checks.Select(check => check.Expected.Kk))}[failure] as expected_kk");
        sql.AppendLine("from failed");
        return sql.ToString();
    }

    private static string ShownValue(DatasetContract contract, List<string> checkedColumns)
    {
        var binChecks = Enumerable.Range(1, checkedColumns.Count).Where(i => contract.Column(checkedColumns[i - 1]).Kind == ValueKind.Bin).ToList();
        var scrubbed = TextScrubbing.Apply("bad_text");
        return binChecks.Count == 0 ? scrubbed : $"(case when failure in ({string.Join(", ", binChecks)}) then bad_text else {scrubbed} end)";
    }

    private static string List(IEnumerable<string> values) => "([" + string.Join(", ", values.Select(Literal)) + "]::varchar[])";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
