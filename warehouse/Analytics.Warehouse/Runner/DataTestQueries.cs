namespace Analytics.Warehouse.Runner;

/// <summary>Turns a model's declared tests into queries that return the offending rows.</summary>
internal static class DataTestQueries
{
    public static IEnumerable<(string Name, string Sql)> For(ModelDefinition model)
    {
        var table = model.QualifiedName;
        if (model.Metadata.UniqueKey.Count > 0)
        {
            var key = string.Join(", ", model.Metadata.UniqueKey.Select(Quote));
            yield return ($"unique({string.Join(", ", model.Metadata.UniqueKey)})",
                $"select {key}, count(*) as copies from {table} group by all having count(*) > 1");
        }

        foreach (var column in model.Metadata.Columns)
        {
            var name = Quote(column.Name);
            if (column.Unique)
            {
                yield return ($"unique({column.Name})", $"select {name}, count(*) as copies from {table} group by all having count(*) > 1");
            }

            if (column.NotNull)
            {
                yield return ($"not_null({column.Name})", $"select * from {table} where {name} is null");
            }

            if (column.AcceptedValues.Count > 0)
            {
                var values = string.Join(", ", column.AcceptedValues.Select(value => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'"));
                yield return ($"accepted_values({column.Name})", $"select {name} from {table} where {name} is not null and {name}::varchar not in ({values})");
            }

            if (column.References is { } reference)
            {
                var split = reference.LastIndexOf('.');
                var target = reference[..split];
                var field = Quote(reference[(split + 1)..]);
                yield return ($"references({column.Name} → {reference})",
                    $"select t.{name} from {table} t where t.{name} is not null and not exists (select 1 from {target} r where r.{field} = t.{name})");
            }
        }

        foreach (var test in model.Metadata.Tests)
        {
            yield return (test.Name, test.Sql);
        }
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
