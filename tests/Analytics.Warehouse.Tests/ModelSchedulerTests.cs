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
    private readonly ManualResetEventSlim firstStarted = new();
    private readonly ManualResetEventSlim failingSawTheFirst = new();
    private int running;
    private int retryRunning;
    private int retryDone;
    private bool failedBesideAnother;
    private bool besideTheRetry;
    private bool readerBeforeTheRetry;

    // mart_b, read by mart_c, starts beside mart_a
    private static readonly IReadOnlyList<ModelDefinition> Models = ModelCatalog.Parse(
    [
        new("marts/mart_a.sql", "select 1 as a", "grain: one row"),
        new("marts/mart_b.sql", "select 2 as b", "grain: one row"),
        new("marts/mart_c.sql", "select b from marts.mart_b", "grain: one row"),
    ]);

    public ModelSchedulerTests()
    {
        // the test's own thread waits in the scheduler: two more threads, so that two models can run at once
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 2), ports);
    }

    [Fact]
    public void Run_ModelOutOfMemoryBesideAnother_RunsAgainAloneBeforeItsReader()
    {
        using var connection = warehouse.OpenPrepared();

        var timings = ModelScheduler.Run(connection, DependencyOrder.Sort(Models), (_, model) => Materialise(model, failingAttempts: 1), null);

        Assert.Equal(["marts.mart_a", "marts.mart_b", "marts.mart_c"], timings.Select(timing => timing.Model).Order(StringComparer.Ordinal));
        Assert.Equal(2, attempts["marts.mart_b"]);
        Assert.Equal(1, attempts["marts.mart_a"]);
        Assert.Equal(1, attempts["marts.mart_c"]);
        Assert.Equal(Environment.ProcessorCount > 1, failedBesideAnother);
        Assert.False(besideTheRetry);
        Assert.False(readerBeforeTheRetry);
    }

    [Fact]
    public void Run_ModelOutOfMemoryAlsoAlone_StopsTheBuildWithDuckDbsError()
    {
        using var connection = warehouse.OpenPrepared();

        var error = Assert.Throws<ModelFailedException>(() =>
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
        var finished = 0;
        var retry = (Beside: -1, FinishedBefore: -1);

        var results = ModelScheduler.Map(connection, items, (_, item) =>
        {
            var beside = Interlocked.Increment(ref running) - 1;
            try
            {
                var attempt = attempts.AddOrUpdate(item.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, count) => count + 1);
                if (item == 3 && attempt == 1)
                {
                    throw new ModelFailedException("marts.mart_item_3", inTests: true, OutOfMemory.Value);
                }

                if (item == 3)
                {
                    retry = (beside, Volatile.Read(ref finished));
                }

                Thread.Sleep(30);
                Interlocked.Increment(ref finished);
                return item * 10;
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        });

        Assert.Equal([10, 20, 30, 40, 50, 60], results);
        Assert.Equal(2, attempts["3"]);
        Assert.Equal((0, 5), retry);
    }

    /// <summary>Takes a while; mart_b runs out of memory on its first attempts (the first once mart_a runs), as DuckDB's error wrapped by the build says.</summary>
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

            if (model.Name == "mart_c" && Volatile.Read(ref retryDone) == 0)
            {
                readerBeforeTheRetry = true;
            }

            if (model.Name == "mart_a")
            {
                firstStarted.Set();
                // kept running until mart_b's first attempt has seen it, however late the pool starts mart_b
                if (Environment.ProcessorCount > 1)
                {
                    failingSawTheFirst.Wait(TimeSpan.FromSeconds(10));
                }
            }

            if (model.Name == "mart_b" && attempt <= failingAttempts)
            {
                if (attempt == 1 && Environment.ProcessorCount > 1)
                {
                    failedBesideAnother = firstStarted.Wait(TimeSpan.FromSeconds(10)) && Volatile.Read(ref running) > 1;
                    failingSawTheFirst.Set();
                }

                throw new ModelFailedException(model.QualifiedName, inTests: false, OutOfMemory.Value);
            }

            if (model.Name == "mart_b")
            {
                besideTheRetry |= beside > 0;
                Volatile.Write(ref retryRunning, 1);
                Thread.Sleep(150);
                Volatile.Write(ref retryRunning, 0);
                Volatile.Write(ref retryDone, 1);
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

    public void Dispose()
    {
        firstStarted.Dispose();
        failingSawTheFirst.Dispose();
        warehouse.Dispose();
    }
}
