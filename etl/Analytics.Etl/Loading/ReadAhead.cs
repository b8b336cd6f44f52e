using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Analytics.Etl.Loading;

/// <summary>
/// Enumerates a sequence and applies a step to each item on a thread of its own, a few batches ahead of the caller:
/// reading, splitting and hashing a file's records then overlaps appending them to DuckDB, which on its own took as
/// long as the rest (docs/benchmarks.md). The source is enumerated, and disposed, on that thread.
/// </summary>
internal static class ReadAhead
{
    private const int BatchItems = 1024;
    private const int BatchesAhead = 8;

    /// <summary>A batch is handed over at this many characters too: a file of long records is never held whole.</summary>
    private const long BatchCharacters = 1 << 20;

    /// <summary>
    /// The step's results in the source's order. An exception of the source or the step reaches the caller as it
    /// was thrown, after the results before it; a caller that stops early stops the reading, and the source is
    /// disposed before the enumeration ends.
    /// </summary>
    /// <param name="characters">How many characters a result holds, to bound what is read ahead.</param>
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> step, Func<TResult, long> characters)
    {
        using var stop = new CancellationTokenSource();
        using var batches = new BlockingCollection<TResult[]>(BatchesAhead);
        ExceptionDispatchInfo? failure = null;
        var reader = Task.Factory.StartNew(
            () =>
            {
                var batch = new List<TResult>(BatchItems);
                long held = 0;
                try
                {
                    try
                    {
                        foreach (var item in source)
                        {
                            if (stop.IsCancellationRequested)
                            {
                                return;
                            }

                            var result = step(item);
                            batch.Add(result);
                            held += characters(result);
                            if (batch.Count == BatchItems || held >= BatchCharacters)
                            {
                                batches.Add([.. batch], stop.Token);
                                batch.Clear();
                                held = 0;
                            }
                        }
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException || !stop.IsCancellationRequested)
                    {
                        failure = ExceptionDispatchInfo.Capture(exception);
                    }

                    // the results before a failure reach the caller before it, as they would without reading ahead
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

            reader.GetAwaiter().GetResult();
            failure?.Throw();
        }
        finally
        {
            // waits for the reader without throwing: an exception under way is the one to report
            stop.Cancel();
            ((IAsyncResult)reader).AsyncWaitHandle.WaitOne();
        }
    }
}
