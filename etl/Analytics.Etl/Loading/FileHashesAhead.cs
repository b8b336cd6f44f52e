namespace Analytics.Etl.Loading;

/// <summary>
/// The SHA-256 of a batch's files, computed one after another in the order they load, on a thread of their own: a
/// file's hash is ready, or nearly, when the files before it are loaded (the appeals' took a sixth of their load).
/// </summary>
internal sealed class FileHashesAhead : IDisposable
{
    private readonly Dictionary<string, TaskCompletionSource<string>> hashes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly Task hashing;

    public FileHashesAhead(IEnumerable<string> pathsInLoadOrder)
    {
        var order = new List<string>();
        foreach (var path in pathsInLoadOrder.Where(path => !hashes.ContainsKey(path)))
        {
            hashes[path] = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            order.Add(path);
        }

        hashing = Task.Run(() =>
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
                    hashes[path].SetResult(FileHash.Sha256(path));
                }
                catch (Exception exception)
                {
                    hashes[path].SetException(exception);
                }
            }
        });
    }

    /// <summary>The file's hash, waiting for it if need be; the error of reading the file, as it was thrown.</summary>
    public string Of(string path) => hashes[path].Task.GetAwaiter().GetResult();

    /// <summary>Stops hashing the files not reached yet, and waits for the file under way.</summary>
    public void Dispose()
    {
        stop.Cancel();
        hashing.GetAwaiter().GetResult();
        stop.Dispose();
    }
}
