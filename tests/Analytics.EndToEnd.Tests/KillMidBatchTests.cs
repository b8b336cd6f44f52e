using System.Diagnostics;
using System.Text;
using Analytics.SampleData;
using Analytics.TestSupport;
using Dapper;

namespace Analytics.EndToEnd.Tests;

/// <summary>A batch is one transaction: a load killed with SIGKILL halfway leaves the warehouse as it was.</summary>
public sealed class KillMidBatchTests : IDisposable
{
    private static readonly string[] RawTables =
        ["organisations", "events", "org_reports", "appeals", "cases", "media", "threat_journal", "monitoring_regimes", "surveys", "trainings", "ambassadors", "quarantine", "load_journal"];

    private readonly TemporaryWarehouse killed = new();
    private readonly TemporaryWarehouse clean = new();

    [Fact]
    public void Load_KilledMidBatch_LeavesWarehouseUnchangedAndRerunEqualsCleanRun()
    {
        var registry = Path.Combine(killed.Root, "registry");
        var batch = Path.Combine(killed.Root, "batch");
        WriteBatches(registry, batch);
        Expect(killed, 0, "load", registry);
        var before = Fingerprint(killed);

        KillDuringLoad(killed, batch);

        Assert.Equal(before, Fingerprint(killed));
        Expect(killed, 0, "load", batch);
        Expect(clean, 0, "load", registry);
        Expect(clean, 0, "load", batch);
        Assert.Equal(Fingerprint(clean), Fingerprint(killed));
    }

    /// <summary>The registry alone, then the rest of a small federation with a large appeals file to be killed in.</summary>
    private static void WriteBatches(string registry, string batch)
    {
        LargeBatch.Write(batch, copies: 40);
        Directory.CreateDirectory(registry);
        File.Move(Path.Combine(batch, "organisations.csv"), Path.Combine(registry, "organisations.csv"));
        File.Move(Path.Combine(batch, "campaign.json"), Path.Combine(registry, "campaign.json"));
    }

    private static void KillDuringLoad(TemporaryWarehouse warehouse, string batch)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = warehouse.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "analytics.dll"));
        start.ArgumentList.Add("load");
        start.ArgumentList.Add(batch);
        start.Environment["SENIM_PSEUDONYM_SECRET"] = AnalyticsProcess.Secret;
        using var process = Process.Start(start)!;
        // The first dataset's line is printed once cases.csv has loaded inside the batch's transaction;
        // the large appeals file is still to come.
        while (process.StandardOutput.ReadLine() is { } line && !line.StartsWith("cases.csv", StringComparison.Ordinal))
        {
        }

        Assert.False(process.HasExited, "the load finished before it could be killed");
        process.Kill(entireProcessTree: true); // SIGKILL on Linux
        process.WaitForExit();
        Assert.NotEqual(0, process.ExitCode);
    }

    private static void Expect(TemporaryWarehouse warehouse, int exitCode, params string[] arguments)
    {
        var run = AnalyticsProcess.Run(warehouse.Root, arguments);
        Assert.True(run.ExitCode == exitCode, $"analytics {string.Join(' ', arguments)} exited {run.ExitCode}.\n{run.Output}\n{run.Error}");
    }

    /// <summary>Every raw table's rows, less what differs between runs by design (batch numbers, timings).</summary>
    private static string Fingerprint(TemporaryWarehouse warehouse)
    {
        using var connection = warehouse.Database.Open();
        return string.Join("\n", RawTables.Select(table =>
        {
            var volatileColumns = table == "load_journal" ? "batch_id, started_at, finished_at" : "batch_id";
            return $"{table}: " + connection.ExecuteScalar<string>(
                $"select count(*) || ' ' || coalesce(md5(string_agg(t::varchar, '|' order by t::varchar)), '') from (select * exclude ({volatileColumns}) from raw.{table}) t");
        }));
    }

    public void Dispose()
    {
        killed.Dispose();
        clean.Dispose();
    }
}
