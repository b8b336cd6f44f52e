using System.Collections.Concurrent;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Issue 11, ten times national: two statements at a time share DuckDB's memory limit, so a model or a model's tests
/// that run out of memory beside others run once more with nothing beside them; a second failure, or any other error,
/// stops the build as before.
/// </summary>
public sealed class ModelSchedulerTests : IDisposable
{
    private static readonly Lazy<DuckDBException> OutOfMemory = new(RealOutOfMemoryError);

    private readonly TemporaryWarehouse warehouse = new();
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);
    private int running;
    private int retryRunning;
    private bool besideTheRetry;

    // mart_c reads mart_a; mart_b reads nothing, so it starts beside mart_a
    private static readonly IReadOnlyList<ModelDefinition> Models = ModelCatalog.Parse(
    [
        new("marts/mart_a.sql", "select 1 as a", "grain: one row"),
        new("marts/mart_b.sql", "select 2 as b", "grain: one row"),
        new("marts/mart_c.sql", "select a from marts.mart_a", "grain: one row"),
    ]);

    [Fact]
    public void Run_ModelOutOfMemoryBesideAnother_RunsAgainAlone()
    {
        using var connection = warehouse.OpenPrepared();

        var timings = ModelScheduler.Run(connection, DependencyOrder.Sort(Models), (_, model) => Materialise(model, failingAttempts: 1), null);

        Assert.Equal(["marts.mart_a", "marts.mart_b", "marts.mart_c"], timings.Select(timing => timing.Model).Order(StringComparer.Ordinal));
        Assert.Equal(2, attempts["marts.mart_b"]);
        Assert.Equal(1, attempts["marts.mart_a"]);
        Assert.Equal(1, attempts["marts.mart_c"]);
        Assert.False(besideTheRetry);
    }

    [Fact]
    public void Run_ModelOutOfMemoryAlsoAlone_StopsTheBuildWithDuckDbsError()
    {
        using var connection = warehouse.OpenPrepared();

        var error = Assert.Throws<InvalidOperationException>(() =>
            ModelScheduler.Run(connection, DependencyOrder.Sort(Models), (_, model) => Materialise(model, failingAttempts: 2), null));

        Assert.Same(OutOfMemory.Value, error.InnerException);
        Assert.Equal(2, attempts["marts.mart_b"]);
    }

    [Fact]
    public void Run_OtherError_IsNotRunAgain()
    {
        using var connection = warehouse.OpenPrepared();

        Assert.Throws<DuckDBException>(() => ModelScheduler.Run(connection, DependencyOrder.Sort(Models), (worker, model) =>
        {
            attempts.AddOrUpdate(model.QualifiedName, 1, (_, count) => count + 1);
            worker.Execute(model.Name == "mart_b" ? "select * from no_such_table" : "select 1");
        }, null));

        Assert.Equal(1, attempts["marts.mart_b"]);
    }

    [Fact]
    public void Map_WorkOutOfMemory_IsDoneAgainAloneAfterTheRest()
    {
        using var connection = warehouse.OpenPrepared();
        var items = Enumerable.Range(1, 6).ToList();

        var results = ModelScheduler.Map(connection, items, (_, item) =>
        {
            if (attempts.AddOrUpdate(item.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, count) => count + 1) == 1 && item == 3)
            {
                throw new InvalidOperationException("tests of item 3", OutOfMemory.Value);
            }

            return item * 10;
        });

        Assert.Equal([10, 20, 30, 40, 50, 60], results);
        Assert.Equal(2, attempts["3"]);
    }

    /// <summary>Takes a while; mart_b runs out of memory on its first attempts, as DuckDB's error wrapped by the build says.</summary>
    private void Materialise(ModelDefinition model, int failingAttempts)
    {
        var attempt = attempts.AddOrUpdate(model.QualifiedName, 1, (_, count) => count + 1);
        var beside = Interlocked.Increment(ref running) - 1;
        try
        {
            if (Volatile.Read(ref retryRunning) == 1)
            {
                besideTheRetry = true;
            }

            if (model.Name == "mart_b" && attempt <= failingAttempts)
            {
                Thread.Sleep(50);
                throw new InvalidOperationException($"Model {model.QualifiedName} failed", OutOfMemory.Value);
            }

            if (model.Name == "mart_b")
            {
                besideTheRetry |= beside > 0;
                Volatile.Write(ref retryRunning, 1);
                Thread.Sleep(150);
                Volatile.Write(ref retryRunning, 0);
                return;
            }

            Thread.Sleep(150);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    private static DuckDBException RealOutOfMemoryError()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("set memory_limit = '10MB'");
        var error = Assert.Throws<DuckDBException>(() =>
            connection.Execute("select count(distinct i::varchar || repeat('x', 24)) from range(10000000) as numbers(i)"));
        Assert.Equal(DuckDBErrorType.OutOfMemory, error.ErrorType);
        return error;
    }

    public void Dispose() => warehouse.Dispose();
}
