using Analytics.Cli.Console;
using Analytics.Cli.Serve;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse;

namespace Analytics.EndToEnd.Tests.Delivery;

/// <summary>The small federation (FED; sector unions S1, S2; territorial association T1) loaded and built once per class.</summary>
public sealed class BuiltSmallFederation : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    public BuiltSmallFederation()
    {
        SmallFederation.WriteTo(warehouse);
        var settings = new ServeSettings(
            warehouse.Database, new InboxWatcher(warehouse.Inbox, TimeSpan.Zero), Path.Combine(warehouse.Root, "reports"),
            new CliLanguage("ru"), new PseudonymKey(AnalyticsProcess.Secret));
        new InboxJob(settings).RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));
    }

    /// <summary>A copy of the built warehouse in <paramref name="folder"/>, for one test's journal alone.</summary>
    public WarehouseDatabase CopyTo(string folder)
    {
        var path = Path.Combine(folder, "warehouse.duckdb");
        File.Copy(warehouse.Database.Path, path);
        return new WarehouseDatabase(path);
    }

    public void Dispose() => warehouse.Dispose();
}
