namespace Analytics.Etl.Loading;

/// <summary>
/// The SHA-256 of a batch's files, computed one after another in the order they load, on a thread of their own: a
/// file's hash is ready, or nearly, when the files before it are loaded (the appeals' took a sixth of their load).
/// A file written to after it was hashed is hashed again when its turn comes, so that the journal names the bytes
/// the load reads.
/// </summary>
internal sealed class FileHashesAhead : IDisposable
{
    private readonly Dictionary<string, TaskCompletionSource<Hashed>> hashes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly Task hashing;
    private bool disposed;

    public FileHashesAhead(IEnumerable<string> pathsInLoadOrder)
    {
        var order = new List<string>();
        foreach (var path in pathsInLoadOrder.Where(path => !hashes.ContainsKey(path)))
        {
            hashes[path] = new TaskCompletionSource<Hashed>(TaskCreationOptions.RunContinuationsAsynchronously);
            order.Add(path);
        }

        hashing = Task.Factory.StartNew(
            () =>
            {
                foreach (var path in order)
                {
                    if (stop.IsCancellationRequested)
                    {
                        hashes[path].SetCanceled();
                        continue;
                    }

                    try
                    {
                        hashes[path].SetResult(Hash(path));
                    }
                    catch (Exception exception)
                    {
                        hashes[path].SetException(exception);
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <summary>
    /// The file's hash, waiting for it if need be; hashed now if the file changed since, or could not be read then.
    /// The error of reading the file now is thrown as it was when each file was hashed at its turn (it stops the batch).
    /// </summary>
    public string Of(string path)
    {
        var ahead = hashes[path].Task;
        ((IAsyncResult)ahead).AsyncWaitHandle.WaitOne();
        return ahead.IsCompletedSuccessfully && ahead.Result.Stamp == Stamp(path) ? ahead.Result.Sha256 : FileHash.Sha256(path);
    }

    /// <summary>Stops hashing the files not reached yet, and waits for the file under way.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        stop.Cancel();
        hashing.GetAwaiter().GetResult();
        stop.Dispose();
    }

    private static Hashed Hash(string path)
    {
        var stamp = Stamp(path);
        var sha256 = FileHash.Sha256(path);
        // written to while it was read: the hash may mix two versions, so the file is hashed again at its turn
        return new Hashed(Stamp(path) == stamp ? stamp : default, sha256);
    }

    private static (long Length, DateTime Written) Stamp(string path)
    {
        var file = new FileInfo(path);
        return (file.Length, file.LastWriteTimeUtc);
    }

    private sealed record Hashed((long Length, DateTime Written) Stamp, string Sha256);
}
