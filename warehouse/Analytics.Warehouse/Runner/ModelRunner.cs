using System.Data;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using Analytics.Warehouse.Lexicon;
using Analytics.Warehouse.Threats;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Runner;

/// <summary>Rebuilds every model for a cut-off and runs their data tests, all in one transaction.</summary>
public sealed class ModelRunner(IReadOnlyList<ModelDefinition> models)
{
    private readonly IReadOnlyList<ModelDefinition> ordered = DependencyOrder.Sort(models);

    public static ModelRunner Shipped() => new(ModelCatalog.LoadEmbedded());

    public IReadOnlyList<ModelDefinition> Ordered => ordered;

    public BuildResult Build(DuckDBConnection connection, DateOnly cutoff, string productVersion, Action<string>? progress = null)
    {
        var timings = new List<ModelTiming>();
        using var transaction = connection.BeginTransaction();
        connection.Execute("delete from config.build", transaction: transaction);
        connection.Execute(
            "insert into config.build values ($cutoff, now()::timestamp, $version)",
            new { cutoff = cutoff.ToDateTime(TimeOnly.MinValue), version = productVersion },
            transaction);
        // The lexicon is an analyst-edited file: read afresh at every build, so an edit needs no rebuild.
        TopicLexiconTable.Refresh(connection, transaction);
        ThreatResponseTable.Refresh(connection, transaction);
        TopicClassificationCache.Update(connection, transaction);

        foreach (var model in ordered)
        {
            var stopwatch = Stopwatch.StartNew();
            Materialise(connection, transaction, model);
            timings.Add(new ModelTiming(model.QualifiedName, stopwatch.Elapsed));
            progress?.Invoke(model.QualifiedName);
        }

        var failures = ordered.SelectMany(model => RunTests(connection, transaction, model)).ToList();
        if (failures.Count > 0)
        {
            transaction.Rollback();
            throw new DataTestFailedException(
                $"The build for cut-off {cutoff:yyyy-MM-dd} was rolled back: {failures.Count} data test(s) failed.{Environment.NewLine}"
                + string.Join(Environment.NewLine, failures));
        }

        transaction.Commit();
        return new BuildResult(cutoff, timings);
    }

    private static void Materialise(IDbConnection connection, IDbTransaction transaction, ModelDefinition model)
    {
        var kind = model.Materialisation;
        var other = kind == "view" ? "table" : "view";
        // A model that changed materialisation between versions must not collide with its old self.
        var exists = connection.ExecuteScalar<string?>(
            "select table_type from information_schema.tables where table_schema = $schema and table_name = $name",
            new { schema = model.Layer.Schema(), name = model.Name }, transaction);
        if (exists is not null && (exists == "VIEW") != (kind == "view"))
        {
            connection.Execute($"drop {other} {model.QualifiedName}", transaction: transaction);
        }

        try
        {
            connection.Execute($"create or replace {kind} {model.QualifiedName} as\n{model.Sql}", transaction: transaction, commandTimeout: 0);
        }
        catch (DuckDBException exception)
        {
            throw new InvalidOperationException($"Model {model.QualifiedName} failed: {exception.Message}", exception);
        }
    }

    private static IEnumerable<string> RunTests(IDbConnection connection, IDbTransaction transaction, ModelDefinition model)
    {
        var tests = DataTestQueries.For(model).ToList();
        var rowCounts = RowTestCounts(connection, transaction, model, tests);
        foreach (var test in tests)
        {
            long total;
            List<string> examples;
            if (test.RowCondition is not null)
            {
                total = rowCounts.Dequeue();
                if (total == 0)
                {
                    continue;
                }

                examples = ExampleRows(connection, transaction, test.Sql + " limit 5");
            }
            else
            {
                examples = ExampleRows(connection, transaction, test.Sql + " limit 5");
                if (examples.Count == 0)
                {
                    continue;
                }

                total = connection.ExecuteScalar<long>($"select count(*) from ({test.Sql})", transaction: transaction);
            }

            yield return $"  {model.QualifiedName}: test {test.Name} found {total} offending row(s), e.g.{Environment.NewLine}{string.Join(Environment.NewLine, examples)}";
        }
    }

    /// <summary>The offending rows' counts of the model's single-row tests, in their order, from one read of the model.</summary>
    private static Queue<long> RowTestCounts(IDbConnection connection, IDbTransaction transaction, ModelDefinition model, IReadOnlyList<DataTest> tests)
    {
        var counts = new Queue<long>();
        if (DataTestQueries.CountRowTests(model, tests) is not { } sql)
        {
            return counts;
        }

        using var reader = connection.ExecuteReader(sql, transaction: transaction);
        reader.Read();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            counts.Enqueue(reader.GetInt64(i));
        }

        return counts;
    }

    /// <summary>Rows of a data test's query as "column=value, …" lines, whatever its columns.</summary>
    private static List<string> ExampleRows(IDbConnection connection, IDbTransaction transaction, string sql)
    {
        using var reader = connection.ExecuteReader(sql, transaction: transaction);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add("    " + string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))}")));
        }

        return rows;
    }
}

public sealed record ModelTiming(string Model, TimeSpan Elapsed);

public sealed record BuildResult(DateOnly Cutoff, IReadOnlyList<ModelTiming> Timings);
