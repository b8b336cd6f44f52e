using System.Globalization;

namespace Analytics.Cli.Serve;

/// <summary>
/// Takes the files that have stopped changing out of the inbox into a batch folder of their own, so that a file
/// still being copied is never loaded half-written and a batch's files stay together.
/// </summary>
internal sealed class InboxWatcher(string inbox, TimeSpan quiet)
{
    public string Inbox { get; } = Path.GetFullPath(inbox);

    /// <summary>Moves the quiet files into a new folder under <c>.batches</c> and returns it, or null when there are none.</summary>
    public string? TakeQuietFiles(DateTimeOffset now)
    {
        Directory.CreateDirectory(Inbox);
        var files = Directory.EnumerateFiles(Inbox).Select(path => new FileInfo(path)).ToList();
        if (files.Count == 0 || files.Any(file => now - file.LastWriteTimeUtc < quiet))
        {
            return null;
        }

        var batch = Path.Combine(Inbox, ".batches", now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(batch);
        foreach (var file in files)
        {
            file.MoveTo(Path.Combine(batch, file.Name));
        }

        return batch;
    }

    /// <summary>Batch folders taken earlier and not loaded yet (the warehouse was busy, or serve stopped), oldest first.</summary>
    public IEnumerable<string> PendingBatches()
    {
        var batches = Path.Combine(Inbox, ".batches");
        return Directory.Exists(batches) ? Directory.EnumerateDirectories(batches).Order(StringComparer.Ordinal) : [];
    }

    /// <summary>After the load, the batch folder is kept under <c>loaded</c> or <c>rejected</c> for the analysts to see.</summary>
    public string Archive(string batch, bool loaded)
    {
        var target = Path.Combine(Inbox, loaded ? "loaded" : "rejected", Path.GetFileName(batch));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(batch, target);
        return target;
    }
}
