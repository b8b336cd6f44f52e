using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>The build's committed shadows are written into the file while the data tests read them.</summary>
public sealed class CheckpointAheadTests : IDisposable
{
    private const long Rows = 100_000;

    private readonly TemporaryWarehouse warehouse = new();

    [Fact]
    public void Start_BesideAReader_WritesTheCommittedRowsIntoTheFileAndEmptiesTheLog()
    {
        var log = warehouse.Database.Path + ".wal";
        long logged;
        long read;
        long logAfter;
        using (var connection = warehouse.OpenPrepared())
        {
            // as a build: no checkpoint at a commit; fewer rows than a row group, so they are in the log only
            connection.Execute("set checkpoint_threshold = '1TiB'");
            connection.Execute($"create table marts.numbers as select i, 'figure ' || i as label from range({Rows}) as t(i)");
            logged = new FileInfo(log).Length;

            using (CheckpointAhead.Start(connection))
            {
                read = connection.ExecuteScalar<long>("select count(distinct label) from marts.numbers");
            }

            logAfter = File.Exists(log) ? new FileInfo(log).Length : 0;
        }

        Assert.True(logged > 1_000_000, $"the rows were not in the log: {logged} bytes");
        Assert.Equal(Rows, read);
        Assert.True(logAfter < logged / 100, $"the log still holds {logAfter} of {logged} bytes");
        using var reopened = warehouse.Database.Open();
        Assert.Equal(Rows * (Rows - 1) / 2, reopened.ExecuteScalar<long>("select sum(i)::bigint from marts.numbers"));
    }

    public void Dispose() => warehouse.Dispose();
}
