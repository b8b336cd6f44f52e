using System.Text.Json;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Issue 11: an incremental build rebuilds a model when a table it reads changed, and knows what it reads from the
/// schema-qualified names in its SQL. DuckDB's own parser checks that reading: every table a model or one of its
/// data tests reads is a model or a raw, configuration or cache table named so that the fingerprints see it, or a
/// name the statement itself defines (a CTE); a model reading anything else (another schema, a file, an unqualified
/// or quoted table) would never be rebuilt when that changes.
/// </summary>
public sealed class ModelReadsTests
{
    private static readonly HashSet<string> Schemas = ["raw", "config", "cache", "staging", "intermediate", "marts"];

    [Fact]
    public void EveryShippedModelAndDataTest_ReadsOnlyTablesTheFingerprintsSee()
    {
        using var connection = WarehouseDatabase.OpenInMemory();

        var problems = ModelRunner.Shipped().Ordered
            .SelectMany(model => model.Metadata.Tests.Select(test => test.Sql).Prepend(model.Sql)
                .SelectMany(sql => Unseen(connection, sql)).Select(table => $"{model.QualifiedName} reads «{table}»"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("select * from ref.regions", "ref.regions")]
    [InlineData("select * from \"raw\".\"Events\"", "raw.Events")]
    [InlineData("select * from appeals", "appeals")]
    [InlineData("with a as (select 1) select * from a, read_csv('x.csv')", "read_csv")]
    [InlineData("select * from raw.events -- raw.cases\n join raw.cases using (org_id)", "")]
    public void TheCheck_FindsWhatTheFingerprintsMiss(string sql, string unseen)
    {
        using var connection = WarehouseDatabase.OpenInMemory();

        Assert.Equal(unseen.Length == 0 ? [] : [unseen], Unseen(connection, sql));
    }

    /// <summary>
    /// What <paramref name="sql"/> reads that the fingerprints do not see: tables outside the warehouse's schemas or
    /// not named as the fingerprints read names, unqualified names no CTE defines, and functions reading files.
    /// </summary>
    private static List<string> Unseen(System.Data.IDbConnection connection, string sql)
    {
        using var document = JsonDocument.Parse(connection.ExecuteScalar<string>("select json_serialize_sql($sql::varchar)", new { sql })!);
        Assert.False(document.RootElement.GetProperty("error").GetBoolean(), $"DuckDB cannot parse: {sql}");
        var seen = SqlNames.TablesIn(sql);
        var tables = new List<(string Schema, string Table)>();
        var functions = new List<string>();
        var defined = new HashSet<string>(StringComparer.Ordinal);
        Walk(document.RootElement, element =>
        {
            switch (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null)
            {
                case "BASE_TABLE":
                    tables.Add((element.GetProperty("schema_name").GetString()!, element.GetProperty("table_name").GetString()!));
                    break;
                case "TABLE_FUNCTION":
                    functions.Add(element.GetProperty("function").GetProperty("function_name").GetString()!);
                    break;
            }

            if (element.TryGetProperty("cte_map", out var cteMap))
            {
                foreach (var entry in cteMap.GetProperty("map").EnumerateArray())
                {
                    defined.Add(entry.GetProperty("key").GetString()!);
                }
            }
        });
        return tables
            .Where(t => t.Schema.Length == 0 ? !defined.Contains(t.Table) : !Schemas.Contains(t.Schema) || !seen.Contains($"{t.Schema}.{t.Table}", StringComparer.Ordinal))
            .Select(t => t.Schema.Length == 0 ? t.Table : $"{t.Schema}.{t.Table}")
            .Concat(functions.Where(name => name.StartsWith("read_", StringComparison.Ordinal) || name.Contains("scan", StringComparison.Ordinal) || name == "glob"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            visit(element);
            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, visit);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, visit);
            }
        }
    }
}
