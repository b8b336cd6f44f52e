using System.Diagnostics;
using System.Text;
using Analytics.Cli.Console;
using Analytics.Cli.Serve;
using Analytics.Etl.Privacy;
using Analytics.SampleData;
using Analytics.TestSupport;
using Analytics.Warehouse;
using Dapper;

namespace Analytics.EndToEnd.Tests.Faults;

/// <summary>
/// Issue 10, "concurrency": while one process writes the warehouse, a second one waits up to --wait seconds,
/// naming what holds it, then either proceeds or stops cleanly; serve keeps a batch it could not load for the
/// next round instead of losing it in inbox/.batches.
/// </summary>
public sealed class BusyWarehouseTests : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    // One holder for every check, as starting a large load is the slow part.
    [Fact]
    public async Task WhileALoadRuns_ReaderStopsWriterWaitsAndServeRetries()
    {
        using var holder = StartLargeLoad();
        SmallFederation.WriteTo(warehouse);
        var second = Directory.CreateDirectory(Path.Combine(warehouse.Root, "second")).FullName;
        foreach (var file in Directory.EnumerateFiles(warehouse.Inbox))
        {
            File.Copy(file, Path.Combine(second, Path.GetFileName(file)));
        }

        var settings = new ServeSettings(
            new WarehouseDatabase(warehouse.Database.Path), new InboxWatcher(warehouse.Inbox, TimeSpan.Zero), Path.Combine(warehouse.Root, "reports"),
            new CliLanguage("ru"), new PseudonymKey(AnalyticsProcess.Secret));
        var job = new InboxJob(settings);

        var reader = AnalyticsProcess.Run(warehouse.Root, "extract", "--out", "extracts", "--wait", "1");
        var busy = job.RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));
        var pending = settings.Inbox.PendingBatches().ToList();
        var writer = Task.Run(() => AnalyticsProcess.Run(warehouse.Root, "load", second, "--wait", "600"));
        await holder.WaitForExitAsync();
        var waited = await writer;
        var next = job.RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));

        // A reader stops cleanly, naming the holder, when its --wait runs out.
        Assert.Equal(1, reader.ExitCode);
        Assert.Contains("занято: его держит analytics load", reader.Error, StringComparison.Ordinal);
        Assert.Contains("Ничего не изменено", reader.Error, StringComparison.Ordinal);
        // A second writer waits, saying for whom, and loads once the first has committed.
        Assert.Equal(0, holder.ExitCode);
        Assert.True(waited.ExitCode == 0, waited.Output + waited.Error);
        Assert.Contains($"(PID {holder.Id}). Жду до 600 с", waited.Error, StringComparison.Ordinal);
        // serve keeps the batch it could not load and loads it on the next round.
        Assert.Equal(InboxOutcome.Retried, busy);
        Assert.Single(pending);
        Assert.Equal(InboxOutcome.Loaded, next);
        Assert.Empty(settings.Inbox.PendingBatches());
        Assert.Single(Directory.EnumerateDirectories(Path.Combine(warehouse.Inbox, "loaded")));
        using var connection = warehouse.Database.Open();
        Assert.Equal(3L, connection.ExecuteScalar<long>("select count(*) from raw.load_batches where finished_at is not null"));
    }

    /// <summary>A load of a large appeals file into the test's warehouse, returned once it holds the warehouse.</summary>
    private Process StartLargeLoad()
    {
        var batch = Path.Combine(warehouse.Root, "large");
        LargeBatch.Write(batch, copies: 25);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = warehouse.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "analytics.dll"));
        start.ArgumentList.Add("load");
        start.ArgumentList.Add(batch);
        start.Environment["SENIM_PSEUDONYM_SECRET"] = AnalyticsProcess.Secret;
        var process = Process.Start(start)!;
        // Once the first dataset's line is printed, the batch's transaction holds the warehouse; the large
        // appeals file is still to come.
        while (process.StandardOutput.ReadLine() is { } line && !line.StartsWith("cases.csv", StringComparison.Ordinal))
        {
        }

        Assert.False(process.HasExited, "the large load finished before the test could meet it");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    public void Dispose() => warehouse.Dispose();
}
