namespace Analytics.Warehouse;

/// <summary>Another process held the warehouse for longer than this one was willing to wait; nothing was changed.</summary>
public sealed class WarehouseBusyException : Exception
{
    public WarehouseBusyException()
    {
    }

    public WarehouseBusyException(string message) : base(message)
    {
    }

    public WarehouseBusyException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public WarehouseBusyException(string path, string holder, TimeSpan waited, Exception innerException)
        : base($"The warehouse {path} is held by {holder}; waited {waited.TotalSeconds:0} s.", innerException)
    {
        Path = path;
        Holder = holder;
        Waited = waited;
    }

    public string Path { get; } = "";

    /// <summary>What holds the warehouse, as its command line and process id, e.g. "analytics load inbox (PID 5443)".</summary>
    public string Holder { get; } = "";

    public TimeSpan Waited { get; }
}
