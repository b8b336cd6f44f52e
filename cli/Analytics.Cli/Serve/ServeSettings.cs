using Analytics.Cli.Console;
using Analytics.Etl.Privacy;
using Analytics.Warehouse;

namespace Analytics.Cli.Serve;

/// <summary>What the scheduler works on: the warehouse, the inbox it watches, where reports go and in which language.</summary>
internal sealed record ServeSettings(WarehouseDatabase Database, InboxWatcher Inbox, string ReportsDirectory, CliLanguage Language, PseudonymKey Key)
{
    /// <summary>The warehouse file takes one writer at a time, so jobs never overlap.</summary>
    public SemaphoreSlim WarehouseLock { get; } = new(1, 1);
}
