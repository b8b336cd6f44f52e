using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Analytics.Etl.Loading;

/// <summary>
/// Enumerates a sequence and applies a step to each item on a thread of its own, a few batches ahead of the caller:
/// reading, splitting and hashing a file's records then overlaps appending them to DuckDB, which on its own took as
/// long as the rest (docs/benchmarks.md).
/// </summary>
internal static class ReadAhead
{
    private const int BatchSize = 1024;
    private const int BatchesAhead = 8;

    /// <summary>
    /// The step's results in the source's order. An exception of the source or the step reaches the caller as it
    /// was thrown, where the caller would have met it; a caller that stops early stops the reading, and the source
    /// is disposed before the enumeration ends.
    /// </summary>
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> step)
    {
        using var stop = new CancellationTokenSource();
        using var batches = new BlockingCollection<TResult[]>(BatchesAhead);
        ExceptionDispatchInfo? failure = null;
        var reader = Task.Factory.StartNew(
            () =>
            {
                var batch = new List<TResult>(BatchSize);
                try
                {
                    try
                    {
                        foreach (var item in source)
                        {
                            batch.Add(step(item));
                            if (batch.Count == BatchSize)
                            {
                                batches.Add([.. batch], stop.Token);
                                batch.Clear();
                            }
                        }
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !stop.IsCancellationRequested)
                    {
                        failure = ExceptionDispatchInfo.Capture(exception);
                    }

                    // the items before a failure reach the caller before it, as they would without reading ahead
                    if (batch.Count > 0)
                    {
                        batches.Add([.. batch], stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
                finally
                {
                    batches.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            reader.Wait();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            reader.Wait();
        }
    }
}
