using System.Globalization;
using Analytics.Benchmarks;
using Analytics.Warehouse;

// The helper scripts/benchmark.sh runs beside the timed `analytics` processes: DuckDB's own read_csv of the same
// files (the floor), the per-dataset breakdown, the follow-up batch, and the report timings.
return args switch
{
    ["read-csv", var inbox] => PrintReadCsv(inbox, null),
    ["read-csv", var inbox, "--into", var databaseFile] => PrintReadCsv(inbox, databaseFile),
    ["datasets", var inbox, var warehouse] => PrintDatasets(inbox, warehouse),
    ["follow-up", var inbox, var outDirectory] => PrintFollowUp(inbox, outDirectory),
    ["reports", var warehouse, var outDirectory] => await PrintReportsAsync(warehouse, outDirectory),
    ["reports-profile", var warehouse, var outDirectory] => await PrintReportProfileAsync(warehouse, outDirectory),
    ["build-profile", var warehouse, var cutoff, .. var mode] => PrintBuildProfile(warehouse, DateOnly.ParseExact(cutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture), mode is ["--full"]),
    ["compute-check", var warehouse] => ModelComputeCheck.Print(warehouse, runs: 3),
    ["compute-check", var warehouse, "--runs", var runs] when int.TryParse(runs, CultureInfo.InvariantCulture, out var count) && count > 0 => ModelComputeCheck.Print(warehouse, count),
    _ => Usage(),
};

static int PrintReadCsv(string inbox, string? databaseFile)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read_csv in process: {PlainReadCsv.Seconds(CsvFiles(inbox), databaseFile):0.00} s"));
    return 0;
}

static int PrintDatasets(string inbox, string warehouse)
{
    var database = new WarehouseDatabase(warehouse);
    Console.WriteLine("| dataset | rows | load, s | rows/s | DuckDB read_csv, s | ratio |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    foreach (var timing in LoadTimings.Read(database))
    {
        var plain = PlainReadCsv.Seconds([Path.Combine(inbox, timing.File)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {timing.Dataset} | {timing.Rows:N0} | {timing.Seconds:0.00} | {timing.Rows / Math.Max(timing.Seconds, 0.001):N0} | {plain:0.00} | {timing.Seconds / Math.Max(plain, 0.001):0.0}× |"));
    }

    return 0;
}

static int PrintFollowUp(string inbox, string outDirectory)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"follow-up batch: {FollowUpBatch.Write(inbox, outDirectory):N0} rows"));
    return 0;
}

static async Task<int> PrintReportsAsync(string warehouse, string outDirectory)
{
    using var connection = new WarehouseDatabase(warehouse).Open();
    await ReportTimings.PrintAsync(connection, outDirectory);
    return 0;
}

static async Task<int> PrintReportProfileAsync(string warehouse, string outDirectory)
{
    using var connection = new WarehouseDatabase(warehouse).Open();
    await ReportProfile.PrintAsync(connection, outDirectory);
    return 0;
}

static int PrintBuildProfile(string warehouse, DateOnly cutoff, bool full)
{
    using var connection = WarehouseSetup.PrepareAndOpen(new WarehouseDatabase(warehouse));
    Console.WriteLine($"memory_limit: {Dapper.SqlMapper.ExecuteScalar<string>(connection, "select current_setting('memory_limit')")}, threads: {Dapper.SqlMapper.ExecuteScalar<long>(connection, "select current_setting('threads')")}");
    var result = Analytics.Warehouse.Runner.ModelRunner.Shipped().Build(connection, cutoff, "profile", full: full);
    var modelSeconds = result.Timings.Sum(timing => timing.Elapsed.TotalSeconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"build: {result.Elapsed.TotalSeconds:0.00} s; {result.Timings.Count} of {result.Models} models rebuilt in {modelSeconds:0.00} s ({result.InPart.Count} in part: {string.Join(", ", result.InPart)}), {result.Tested} models' tests run"));
    var phases = result.Phases;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"phases: preparing {phases.Preparing.TotalSeconds:0.00} s, models {phases.Models.TotalSeconds:0.00} s, tests {phases.Tests.TotalSeconds:0.00} s, commit {phases.Committing.TotalSeconds:0.00} s"));
    Console.WriteLine("| model | s |");
    Console.WriteLine("|---|---:|");
    foreach (var timing in result.Timings.OrderByDescending(timing => timing.Elapsed))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {timing.Model} | {timing.Elapsed.TotalSeconds:0.00} |"));
    }

    return 0;
}

static IReadOnlyList<string> CsvFiles(string inbox) => Directory.GetFiles(inbox, "*.csv").Order(StringComparer.Ordinal).ToList();

static int Usage()
{
    Console.Error.WriteLine("usage: read-csv INBOX [--into DATABASE_FILE] | datasets INBOX WAREHOUSE | follow-up INBOX OUT | reports WAREHOUSE OUT | reports-profile WAREHOUSE OUT | build-profile WAREHOUSE YYYY-MM-DD [--full] | compute-check WAREHOUSE [--runs N]");
    return 2;
}
