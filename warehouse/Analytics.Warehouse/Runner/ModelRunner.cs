using System.Data;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using Analytics.Warehouse.Lexicon;
using Analytics.Warehouse.Threats;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Runner;

/// <summary>
/// Builds the models for a cut-off and runs their data tests; the models change together, only if every test passes.
/// A model whose inputs have not changed since the last build (<see cref="ModelFingerprints"/>) is kept as it is, and
/// so are its tests' verdicts.
/// </summary>
public sealed class ModelRunner(IReadOnlyList<ModelDefinition> models)
{
    private readonly IReadOnlyList<ModelDefinition> ordered = DependencyOrder.Sort(models);

    public static ModelRunner Shipped() => new(ModelCatalog.LoadEmbedded());

    public IReadOnlyList<ModelDefinition> Ordered => ordered;

    /// <param name="full">Classify every appeal text again, rebuild and test every model, whatever changed (after a warehouse was edited by hand).</param>
    /// <remarks>
    /// The models are written and tested as shadows (<see cref="BuildShadows"/>) and put in place with the cut-off and
    /// the model states in one transaction, so that a build whose tests fail, or which stops, changes no model.
    /// The topic lexicon, the threat-response texts and the classification cache are inputs, committed first: a
    /// lexicon is read like a delivered file, and the cache is keyed by the lexicon it classified under.
    /// </remarks>
    public BuildResult Build(DuckDBConnection connection, DateOnly cutoff, string productVersion, Action<string>? progress = null, bool full = false)
    {
        var total = Stopwatch.StartNew();
        BuildShadows.DropAll(connection);
        Prepare(connection, full);

        using var checkpoints = CheckpointsDeferred.Until(connection);
        try
        {
            var states = IncrementalModels.WithSources(connection, ordered, ModelFingerprints.Compute(connection, ordered, productVersion, cutoff));
            var previous = full ? new Dictionary<string, ModelState>() : ModelStates.Read(connection);
            var relations = ExistingRelations(connection);
            var rebuilt = ordered.Where(model => !previous.TryGetValue(model.QualifiedName, out var before)
                || before.Fingerprint != states[model.QualifiedName].Fingerprint
                || !relations.TryGetValue(model.QualifiedName, out var type) || (type == "VIEW") != (model.Materialisation == "view")).ToList();
            var inPart = IncrementalModels.InPart(connection, rebuilt, states, previous, relations);
            var shadows = new BuildShadows(rebuilt, inPart);
            BuildShadows.WriteBuild(connection, cutoff, productVersion);
            var preparing = total.Elapsed;
            var timings = ModelScheduler.Run(connection, rebuilt, shadows.Materialise, progress);

            var modelsDone = total.Elapsed;
            var tested = ordered.Where(model => rebuilt.Contains(model)
                || !previous.TryGetValue(model.QualifiedName, out var before) || before.TestsFingerprint != states[model.QualifiedName].TestsFingerprint).ToList();
            var failures = ModelScheduler.Map(connection, tested, (worker, model) => Tested(worker, shadows, model)).SelectMany(found => found).ToList();
            if (failures.Count > 0)
            {
                throw new DataTestFailedException(cutoff, failures);
            }

            var testsDone = total.Elapsed;
            using (var transaction = connection.BeginTransaction())
            {
                shadows.PutInPlace(connection, transaction, relations);
                ModelStates.Write(connection, transaction, ordered.Select(model => states[model.QualifiedName]));
                transaction.Commit();
            }

            // committed: a checkpoint that fails now (a full disk) leaves the build in DuckDB's log, which the next
            // opening of the warehouse replays and checkpoints; this process's connections are then unusable
            checkpoints.TryCheckpoint();
            var phases = new BuildPhases(preparing, modelsDone - preparing, testsDone - modelsDone, total.Elapsed - testsDone);
            return new BuildResult(cutoff, timings, ordered.Count, tested.Count, total.Elapsed, phases) { InPart = [.. inPart.Keys.Order(StringComparer.Ordinal)] };
        }
        catch
        {
            DropShadowsAfterFailure(connection);
            throw;
        }
    }

    private static void Prepare(DuckDBConnection connection, bool full)
    {
        using var transaction = connection.BeginTransaction();
        // The lexicon is an analyst-edited file: read afresh at every build, so an edit needs no rebuild.
        TopicLexiconTable.Refresh(connection, transaction);
        ThreatResponseTable.Refresh(connection, transaction);
        TopicClassificationCache.Update(connection, transaction, afresh: full);
        transaction.Commit();
    }

    /// <summary>Drops this build's shadows; if DuckDB cannot (it ran out of memory, say), the next build will, and the error under way is the one to report.</summary>
    private static void DropShadowsAfterFailure(DuckDBConnection connection)
    {
        try
        {
            BuildShadows.DropAll(connection);
        }
        catch (DuckDBException)
        {
        }
    }

    /// <summary>Every table and view of the model layers, by qualified name, with its type (VIEW or BASE TABLE).</summary>
    private static Dictionary<string, string> ExistingRelations(IDbConnection connection) =>
        connection.Query<(string Name, string Type)>(
                "select table_schema || '.' || table_name, table_type from information_schema.tables where table_catalog = current_database() and table_schema in ('staging', 'intermediate', 'marts')")
            .ToDictionary(row => row.Name, row => row.Type, StringComparer.Ordinal);

    private static List<DataTestFailure> Tested(IDbConnection connection, BuildShadows shadows, ModelDefinition model)
    {
        try
        {
            return RunTests(connection, shadows, model).ToList();
        }
        catch (DuckDBException exception)
        {
            throw new ModelFailedException(model.QualifiedName, inTests: true, exception);
        }
    }

    private static IEnumerable<DataTestFailure> RunTests(IDbConnection connection, BuildShadows shadows, ModelDefinition model)
    {
        var tests = DataTestQueries.For(model).ToList();
        var rowCounts = RowTestCounts(connection, shadows, model, tests);
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

                examples = ExampleRows(connection, $"select * from ({shadows.Rewrite(test.Sql)}) order by all limit 5");
            }
            else
            {
                examples = ExampleRows(connection, $"select * from ({shadows.Rewrite(test.Sql)}) order by all limit 5");
                if (examples.Count == 0)
                {
                    continue;
                }

                total = connection.ExecuteScalar<long>($"select count(*) from ({shadows.Rewrite(test.Sql)})");
            }

            yield return new DataTestFailure(model.QualifiedName, test.Name, total, examples, test.Advice);
        }
    }

    /// <summary>The offending rows' counts of the model's single-row tests, in their order, from one read of the model.</summary>
    private static Queue<long> RowTestCounts(IDbConnection connection, BuildShadows shadows, ModelDefinition model, IReadOnlyList<DataTest> tests)
    {
        var counts = new Queue<long>();
        if (DataTestQueries.CountRowTests(model, tests) is not { } sql)
        {
            return counts;
        }

        using var reader = connection.ExecuteReader(shadows.Rewrite(sql));
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
    private static List<string> ExampleRows(IDbConnection connection, string sql)
    {
        using var reader = connection.ExecuteReader(sql);
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

    /// <summary>The rebuilt models whose rows were computed again only for the keys their source's new batches name.</summary>
    public IReadOnlyList<string> InPart { get; init; } = [];
}

/// <summary>Where a build's time went: the lexicon, the classification cache and the fingerprints; the models; their data tests; the commit.</summary>
public sealed record BuildPhases(TimeSpan Preparing, TimeSpan Models, TimeSpan Tests, TimeSpan Committing);
