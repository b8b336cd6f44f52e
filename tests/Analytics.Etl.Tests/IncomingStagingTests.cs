using System.Text;
using Analytics.TestSupport;
using Dapper;

namespace Analytics.Etl.Tests;

/// <summary>
/// Each file's records are staged in an in-memory database attached for that file alone (IncomingTable). Whatever
/// happens to the file (loaded, with bad rows, refused past its first rows), nothing of it stays attached to the
/// warehouse's DuckDB once the batch is done, and the batch's rows are those of a load without staging.
/// </summary>
public sealed class IncomingStagingTests : LoadingTestBase
{
    [Fact]
    public void Load_GoodBadAndRefusedFiles_LeavesNoStagingDatabaseAttached()
    {
        SmallFederation.WriteTo(Warehouse);
        Warehouse.Write("events_bad.csv", SmallFederation.Events[0], "EB1,P1,members_meeting,не дата,30,,Собрание,offline,");
        WriteEventsWithAnUnclosedQuote("events_broken.csv");
        // held open across the load, so that the load's DuckDB instance, and whatever it attached, outlives the batch
        using var held = Warehouse.Database.Open();

        var result = Load();

        Assert.Equal(0, held.ExecuteScalar<long>("select count(*) from duckdb_databases() where database_name like 'load_incoming%'"));
        Assert.Contains(result.Files, file => file.FileName == "events_broken.csv" && file.RowsLoaded == 0);
        Assert.Equal(1, result.Files.Single(file => file.FileName == "events_bad.csv").RowsQuarantined);
        Assert.Equal(SmallFederation.Events.Length - 1, held.ExecuteScalar<long>("select count(*) from raw.events"));
        Assert.Equal(SmallFederation.Cases.Length - 1, held.ExecuteScalar<long>("select count(*) from raw.cases"));
    }

    /// <summary>A good event, then a title whose quote never closes and runs past what the reader holds.</summary>
    private void WriteEventsWithAnUnclosedQuote(string fileName)
    {
        var text = new StringBuilder(SmallFederation.Events[0]).Append('\n')
            .Append("EL1,P1,members_meeting,2026-09-10,30,,Собрание коллектива,offline,\n")
            .Append("EL-broken,P1,members_meeting,2026-09-11,30,,\"").Append('x', 17 << 20).Append(",offline,\n");
        File.WriteAllText(Path.Combine(Warehouse.Inbox, fileName), text.ToString());
    }
}
