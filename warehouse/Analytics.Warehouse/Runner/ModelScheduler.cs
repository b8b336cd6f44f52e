using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Analytics.Warehouse.Runner;

/// <summary>
/// Runs a build's work on as many connections as the machine has cores: each model as soon as the models it reads
/// are done, and the data tests. DuckDB already runs one query on every core, but a query spends part of its time on
/// one: writing and compressing a table, binding, the last steps of a sort or an aggregate; another query fills those
/// gaps.
/// </summary>
internal static class ModelScheduler
{
    /// <returns>Each model's time, in the order of <paramref name="models"/>, whatever order they finished in.</returns>
    /// <param name="models">In dependency order; a model's dependencies outside the list are already in place.</param>
    public static IReadOnlyList<ModelTiming> Run(
        DuckDBConnection connection, IReadOnlyList<ModelDefinition> models, Action<DuckDBConnection, ModelDefinition> materialise, Action<string>? progress)
    {
        var building = models.Select(model => model.QualifiedName).ToHashSet(StringComparer.Ordinal);
        var done = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        // the model most others wait for first: a long chain (the appeals') started late ends the build late
        var pending = models.OrderByDescending(model => Downstream(models, model)).ToList();
        using var extra = Connections.Open(connection, models.Count);
        var idle = new Stack<DuckDBConnection>([.. extra.Others, connection]);
        var running = new List<Task<Outcome>>();
        var failures = new Dictionary<ModelDefinition, Exception>();
        // models that ran out of memory, to run once more with nothing beside them
        var alone = new HashSet<ModelDefinition>();
        var runningAlone = false;
        try
        {
            while (pending.Count > 0 || running.Count > 0)
            {
                while (failures.Count == 0 && idle.Count > 0 && !runningAlone
                    && (pending.FirstOrDefault(alone.Contains)
                        ?? pending.FirstOrDefault(model => model.Dependencies.All(name => !building.Contains(name) || done.ContainsKey(name)))) is { } next)
                {
                    if (alone.Contains(next) && running.Count > 0)
                    {
                        break;
                    }

                    pending.Remove(next);
                    runningAlone = alone.Contains(next);
                    var worker = idle.Pop();
                    running.Add(Task.Run(() => Materialise(worker, next, materialise)));
                }

                if (running.Count == 0)
                {
                    break;
                }

                var finished = Task.WhenAny(running).GetAwaiter().GetResult();
                running.Remove(finished);
                var outcome = finished.Result;
                idle.Push(outcome.Connection);
                runningAlone = false;
                if (outcome.Error is not null && IsOutOfMemory(outcome.Error) && alone.Add(outcome.Model))
                {
                    pending.Insert(0, outcome.Model);
                    continue;
                }

                if (outcome.Error is not null)
                {
                    failures[outcome.Model] = outcome.Error;
                    continue;
                }

                done[outcome.Model.QualifiedName] = outcome.Elapsed;
                progress?.Invoke(outcome.Model.QualifiedName);
            }
        }
        finally
        {
            // no connection is closed under a running statement
            Task.WaitAll(running);
        }

        // the first failing model in dependency order, whichever finished first
        if (models.FirstOrDefault(failures.ContainsKey) is { } failed)
        {
            ExceptionDispatchInfo.Capture(failures[failed]).Throw();
        }

        return [.. models.Select(model => new ModelTiming(model.QualifiedName, done[model.QualifiedName]))];
    }

    /// <returns>The work's results, in the order of <paramref name="items"/>.</returns>
    /// <remarks>Work that runs out of memory beside other work is done once more at the end, alone.</remarks>
    public static IReadOnlyList<TResult> Map<TItem, TResult>(DuckDBConnection connection, IReadOnlyList<TItem> items, Func<DuckDBConnection, TItem, TResult> work)
    {
        var results = new TResult[items.Count];
        var next = -1;
        var again = new ConcurrentQueue<int>();
        using (var extra = Connections.Open(connection, items.Count))
        {
            try
            {
                Parallel.ForEach(extra.Others.Prepend(connection), new ParallelOptions { MaxDegreeOfParallelism = extra.Others.Count + 1 }, worker =>
                {
                    for (var i = Interlocked.Increment(ref next); i < items.Count; i = Interlocked.Increment(ref next))
                    {
                        try
                        {
                            results[i] = work(worker, items[i]);
                        }
                        catch (Exception exception) when (IsOutOfMemory(exception))
                        {
                            again.Enqueue(i);
                        }
                    }
                });
            }
            catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(exception.InnerExceptions[0]).Throw();
            }
        }

        foreach (var i in again.Order())
        {
            results[i] = work(connection, items[i]);
        }

        return results;
    }

    /// <summary>
    /// DuckDB ran out of memory. It cannot spill every operator to disk, and two statements at a time share its memory
    /// limit: a statement that fails beside another may pass alone (ten times national at the default limit).
    /// </summary>
    private static bool IsOutOfMemory(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is DuckDBException { ErrorType: DuckDBErrorType.OutOfMemory })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many of <paramref name="models"/> read <paramref name="model"/>, directly or through others.</summary>
    private static int Downstream(IReadOnlyList<ModelDefinition> models, ModelDefinition model)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { model.QualifiedName };
        // in dependency order, a model's readers come after it
        foreach (var other in models.SkipWhile(candidate => candidate != model).Skip(1))
        {
            if (other.Dependencies.Any(reached.Contains))
            {
                reached.Add(other.QualifiedName);
            }
        }

        return reached.Count - 1;
    }

    /// <summary>The connections beside the caller's: one per core but one, and no more than there is work for.</summary>
    private sealed class Connections : IDisposable
    {
        private Connections(List<DuckDBConnection> others) => Others = others;

        public List<DuckDBConnection> Others { get; }

        public static Connections Open(DuckDBConnection connection, int work)
        {
            var opened = new Connections([]);
            try
            {
                for (var i = 1; i < Math.Min(Environment.ProcessorCount, work); i++)
                {
                    opened.Others.Add(WarehouseDatabase.OpenAnother(connection));
                }

                return opened;
            }
            catch
            {
                opened.Dispose();
                throw;
            }
        }

        public void Dispose() => Others.ForEach(other => other.Dispose());
    }

    private static Outcome Materialise(DuckDBConnection connection, ModelDefinition model, Action<DuckDBConnection, ModelDefinition> materialise)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            materialise(connection, model);
            return new Outcome(model, connection, stopwatch.Elapsed, null);
        }
        catch (Exception exception)
        {
            return new Outcome(model, connection, stopwatch.Elapsed, exception);
        }
    }

    private sealed record Outcome(ModelDefinition Model, DuckDBConnection Connection, TimeSpan Elapsed, Exception? Error);
}
