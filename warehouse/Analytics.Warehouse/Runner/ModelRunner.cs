using System.Data;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using Analytics.Warehouse.Lexicon;
using Analytics.Warehouse.Threats;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Runner;

/// <summary>
/// Builds the models for a cut-off and runs their data tests, all in one transaction. A model whose inputs have not
/// changed since the last build (<see cref="ModelFingerprints"/>) is kept as it is, and so are its tests' verdicts.
/// </summary>
public sealed class ModelRunner(IReadOnlyList<ModelDefinition> models)
{
    private readonly IReadOnlyList<ModelDefinition> ordered = DependencyOrder.Sort(models);

    public static ModelRunner Shipped() => new(ModelCatalog.LoadEmbedded());

    public IReadOnlyList<ModelDefinition> Ordered => ordered;

    /// <param name="full">Classify every appeal text again, rebuild and test every model, whatever changed (after a warehouse was edited by hand).</param>
    public BuildResult Build(DuckDBConnection connection, DateOnly cutoff, string productVersion, Action<string>? progress = null, bool full = false)
    {
        var total = Stopwatch.StartNew();
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
        TopicClassificationCache.Update(connection, transaction, afresh: full);

        var states = ModelFingerprints.Compute(connection, transaction, ordered, productVersion);
        var preparing = total.Elapsed;
        var previous = full ? new Dictionary<string, ModelState>() : ModelStates.Read(connection, transaction);
        var relations = ExistingRelations(connection, transaction);
        var rebuilt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in ordered)
        {
            var name = model.QualifiedName;
            var unchanged = previous.TryGetValue(name, out var before) && before.Fingerprint == states[name].Fingerprint
                && relations.TryGetValue(name, out var type) && (type == "VIEW") == (model.Materialisation == "view");
            if (unchanged)
            {
                continue;
            }

            var stopwatch = Stopwatch.StartNew();
            Materialise(connection, transaction, model, relations.GetValueOrDefault(name));
            timings.Add(new ModelTiming(name, stopwatch.Elapsed));
            rebuilt.Add(name);
            progress?.Invoke(name);
        }

        var modelsDone = total.Elapsed;
        var tested = ordered.Where(model => rebuilt.Contains(model.QualifiedName)
            || !previous.TryGetValue(model.QualifiedName, out var before) || before.TestsFingerprint != states[model.QualifiedName].TestsFingerprint).ToList();
        var failures = tested.SelectMany(model => RunTests(connection, transaction, model)).ToList();
        if (failures.Count > 0)
        {
            transaction.Rollback();
            throw new DataTestFailedException(
                $"The build for cut-off {cutoff:yyyy-MM-dd} was rolled back: {failures.Count} data test(s) failed.{Environment.NewLine}"
                + string.Join(Environment.NewLine, failures));
        }

        var testsDone = total.Elapsed;
        ModelStates.Write(connection, transaction, ordered.Select(model => states[model.QualifiedName]));
        transaction.Commit();
        var phases = new BuildPhases(preparing, modelsDone - preparing, testsDone - modelsDone, total.Elapsed - testsDone);
        return new BuildResult(cutoff, timings, ordered.Count, tested.Count, total.Elapsed, phases);
    }

    /// <summary>Every table and view of the model layers, by qualified name, with its type (VIEW or BASE TABLE).</summary>
    private static Dictionary<string, string> ExistingRelations(IDbConnection connection, IDbTransaction transaction) =>
        connection.Query<(string Name, string Type)>(
                "select table_schema || '.' || table_name, table_type from information_schema.tables where table_schema in ('staging', 'intermediate', 'marts')",
                transaction: transaction)
            .ToDictionary(row => row.Name, row => row.Type, StringComparer.Ordinal);

    private static void Materialise(IDbConnection connection, IDbTransaction transaction, ModelDefinition model, string? exists)
    {
        var kind = model.Materialisation;
        var other = kind == "view" ? "table" : "view";
        // A model that changed materialisation between versions must not collide with its old self.
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
        var expected = tests.Count(test => test.RowCondition is not null);
        if (reader.FieldCount != expected)
        {
            throw new InvalidOperationException($"Model {model.QualifiedName}: its single-row tests gave {reader.FieldCount} counts for {expected} tests.");
        }

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

/// <param name="Timings">The models rebuilt, in the order they were built; the others were unchanged.</param>
/// <param name="Models">How many models the build has.</param>
/// <param name="Tested">How many models' data tests ran.</param>
public sealed record BuildResult(DateOnly Cutoff, IReadOnlyList<ModelTiming> Timings, int Models, int Tested, TimeSpan Elapsed, BuildPhases Phases)
{
    public int Unchanged => Models - Timings.Count;
}

/// <summary>Where a build's time went: the lexicon, the classification cache and the fingerprints; the models; their data tests; the commit.</summary>
public sealed record BuildPhases(TimeSpan Preparing, TimeSpan Models, TimeSpan Tests, TimeSpan Committing);
