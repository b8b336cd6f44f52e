using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Reports.Tests.Weekly;
using Analytics.SampleData;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using DuckDB.NET.Data;

namespace Analytics.Reports.Tests.Monthly;

/// <summary>
/// The sample generator's small federation (400 primaries, 24 sector unions, 18 territorial associations), loaded
/// with the real loader and built with the shipped models at cut-off 2026-11-20: months 1 and 2 complete, month 3
/// in progress, month 4 not started. Three extra rows of events are bad, so the data quality section has rows.
/// </summary>
public sealed class SampleWarehouseFixture : IDisposable
{
    public static readonly DateOnly Cutoff = new(2026, 11, 20);

    public SampleWarehouseFixture()
    {
        SampleFederation.Write(Warehouse.Inbox, new SampleOptions());
        WriteBadEvents(Warehouse.Inbox);
        new BatchLoader(Warehouse.Database, new PseudonymKey("periodic-reports-test-secret")).Load(Warehouse.Inbox);
        using var connection = Warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, Cutoff, "test");
    }

    public TemporaryWarehouse Warehouse { get; } = new();

    /// <summary>Where the tests print, left in the build output for a person to look at.</summary>
    public static string OutDirectory(string kind) => Path.Combine(AppContext.BaseDirectory, "printed", kind);

    public DuckDBConnection Open() => Warehouse.Database.Open();

    public void Dispose() => Warehouse.Dispose();

    /// <summary>events_extra.csv: the sample's header, two rows of an organisation not in the registry and one with a date that is no date.</summary>
    private static void WriteBadEvents(string inbox)
    {
        var header = File.ReadLines(Path.Combine(inbox, "events.csv")).First();
        var columns = header.Split(',');
        string Row(string id, string org, string date) => string.Join(',', columns.Select(column => column switch
        {
            "event_id" => id,
            "org_id" => org,
            "type" or "event_type" => "unified_day",
            "date" or "event_date" => date,
            "participants" => "10",
            _ => "",
        }));
        File.WriteAllLines(Path.Combine(inbox, "events_extra.csv"),
        [
            header,
            Row("EXTRA1", "NO_SUCH_ORG", "2026-10-05"),
            Row("EXTRA2", "NO_SUCH_ORG", "2026-10-06"),
            Row("EXTRA3", "FED", "5 октября"),
        ]);
    }
}

/// <summary>The monthly, quarterly and final report tests share one built warehouse and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class PeriodicReportsGroup : ICollectionFixture<SampleWarehouseFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Periodic reports";
}
