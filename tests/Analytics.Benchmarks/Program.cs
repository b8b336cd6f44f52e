using System.Diagnostics;
using System.Globalization;
using Analytics.Benchmarks;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.SampleData;
using Analytics.Warehouse;
using Analytics.Warehouse.Runner;

// Loads a national-scale synthetic federation and builds the models, printing rows per second per dataset
// beside DuckDB's own read_csv of the same file, and the build's time per model layer.
var root = Directory.CreateTempSubdirectory("senim-benchmark-").FullName;
try
{
    var inbox = Path.Combine(root, "inbox");
    var stopwatch = Stopwatch.StartNew();
    var written = SampleFederation.Write(inbox, new SampleOptions(SampleScale.National));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sample (national): {written.Values.Sum():N0} rows in {stopwatch.Elapsed.TotalSeconds:0.0} s"));

    var database = new WarehouseDatabase(Path.Combine(root, "warehouse.duckdb"));
    stopwatch.Restart();
    var result = new BatchLoader(database, new PseudonymKey("benchmark-secret-0123456789")).Load(inbox);
    var loadSeconds = stopwatch.Elapsed.TotalSeconds;
    var timings = LoadTimings.Read(database, result.BatchId);

    Console.WriteLine();
    Console.WriteLine("| dataset | rows | load, s | rows/s | DuckDB read_csv, s | ratio |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    foreach (var timing in timings)
    {
        var plain = PlainReadCsv.Seconds(Path.Combine(inbox, timing.File));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {timing.Dataset} | {timing.Rows:N0} | {timing.Seconds:0.00} | {timing.Rows / Math.Max(timing.Seconds, 0.001):N0} | {plain:0.00} | {timing.Seconds / Math.Max(plain, 0.001):0.0}× |"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| **batch** | {result.Files.Sum(file => file.RowsRead):N0} | {loadSeconds:0.00} | {result.Files.Sum(file => file.RowsRead) / loadSeconds:N0} | | |"));

    using var connection = database.Open();
    stopwatch.Restart();
    var build = ModelRunner.Shipped().Build(connection, new DateOnly(2026, 12, 31), "benchmark");
    var buildSeconds = stopwatch.Elapsed.TotalSeconds;
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build (cut-off 2026-12-31, {build.Timings.Count} models and their data tests): {buildSeconds:0.00} s"));
    foreach (var layer in build.Timings.GroupBy(timing => timing.Model.Split('.')[0]))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {layer.Key}: {layer.Sum(timing => timing.Elapsed.TotalSeconds):0.00} s"));
    }

    foreach (var slowest in build.Timings.OrderByDescending(timing => timing.Elapsed).Take(5))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest: {slowest.Model} {slowest.Elapsed.TotalSeconds:0.00} s"));
    }

    Console.WriteLine();
    await ReportTimings.PrintAsync(connection, Path.Combine(root, "reports"));

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB"));
}
finally
{
    Directory.Delete(root, recursive: true);
}
