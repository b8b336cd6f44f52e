using System.Text.RegularExpressions;

namespace Analytics.Warehouse.Runner;

/// <summary>Turns a model's declared tests into queries that return the offending rows.</summary>
internal static partial class DataTestQueries
{
    /// <summary>
    /// Words that make a condition more than a test of one row: another query, a clause after the filter, a
    /// <c>columns(…)</c> that would count once per column.
    /// </summary>
    private static readonly Regex NotOneRow = NotOneRowPattern();

    public static IEnumerable<DataTest> For(ModelDefinition model)
    {
        var table = model.QualifiedName;
        if (model.Metadata.UniqueKey.Count > 0)
        {
            var key = string.Join(", ", model.Metadata.UniqueKey.Select(Sql.Quote));
            yield return new DataTest($"unique({string.Join(", ", model.Metadata.UniqueKey)})",
                $"select {key}, count(*) as copies from {table} group by all having count(*) > 1");
        }

        if (model.Metadata.Incremental is { } incremental)
        {
            // A build in part deletes and inserts the model's rows by these columns: naming them here makes a model
            // that lacks one fail at every build that tests it, not first at its first build in part.
            yield return new DataTest($"incremental_key({string.Join(", ", incremental.Key)})",
                $"select {string.Join(", ", incremental.Key.Select(Sql.Quote))} from {table} where false");
        }

        foreach (var column in model.Metadata.Columns)
        {
            var name = Sql.Quote(column.Name);
            if (column.Unique)
            {
                yield return new DataTest($"unique({column.Name})", $"select {name}, count(*) as copies from {table} group by all having count(*) > 1");
            }

            if (column.NotNull)
            {
                yield return RowTest($"not_null({column.Name})", $"select * from {table}", $"{name} is null");
            }

            if (column.AcceptedValues.Count > 0)
            {
                var values = string.Join(", ", column.AcceptedValues.Select(value => $"'{Sql.Escape(value)}'"));
                yield return RowTest($"accepted_values({column.Name})", $"select {name} from {table}", $"{name} is not null and {name}::varchar not in ({values})");
            }

            if (column.References is { } reference)
            {
                var split = reference.LastIndexOf('.');
                var target = reference[..split];
                var field = Sql.Quote(reference[(split + 1)..]);
                yield return new DataTest($"references({column.Name} → {reference})",
                    $"select t.{name} from {table} t where t.{name} is not null and not exists (select 1 from {target} r where r.{field} = t.{name})");
            }
        }

        foreach (var test in model.Metadata.Tests)
        {
            var advice = test.Ru.Length > 0 ? new DataTestAdvice(test.Ru, test.Kk) : null;
            yield return new DataTest(test.Name, test.Sql, OwnRowsCondition(model, test.Sql)) { Advice = advice };
        }
    }

    /// <summary>
    /// The condition of a declared test that only filters the model's own rows (<c>select * from the model where …</c>,
    /// the condition reading no other table), so that it joins the one read of <see cref="CountRowTests"/>; else null.
    /// </summary>
    private static string? OwnRowsCondition(ModelDefinition model, string sql)
    {
        var match = Regex.Match(sql.Trim(), $@"^select\s+\*\s+from\s+{Regex.Escape(model.QualifiedName)}\s+where\s+(?<condition>.+)$",
            RegexOptions.IgnoreCase | RegexOptions.Singleline);
        if (!match.Success)
        {
            return null;
        }

        var condition = match.Groups["condition"].Value;
        return NotOneRow.IsMatch(condition) ? null : condition;
    }

    /// <summary>
    /// One query counting the offending rows of every test that looks at one row at a time, so that a table is read
    /// once for all its not-null and accepted-values tests; null when the model has none.
    /// </summary>
    public static string? CountRowTests(ModelDefinition model, IReadOnlyList<DataTest> tests)
    {
        var counts = tests.Where(test => test.RowCondition is not null).Select(test => $"count(*) filter (where {test.RowCondition})").ToList();
        return counts.Count == 0 ? null : $"select {string.Join(", ", counts)} from {model.QualifiedName}";
    }

    private static DataTest RowTest(string name, string select, string condition) => new(name, $"{select} where {condition}", condition);

    [GeneratedRegex(@"\b(select|from|join|where|group|having|order|limit|offset|union|except|intersect|window|qualify|over|columns|sample|tablesample)\b|;|--|/\*", RegexOptions.IgnoreCase)]
    private static partial Regex NotOneRowPattern();
}

/// <summary>A data test: a query returning the offending rows, and for a test of single rows, the condition that marks one.</summary>
internal sealed record DataTest(string Name, string Sql, string? RowCondition = null)
{
    public DataTestAdvice? Advice { get; init; }
}
