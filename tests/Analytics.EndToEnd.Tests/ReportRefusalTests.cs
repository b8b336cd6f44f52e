using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.EndToEnd.Tests;

/// <summary>
/// <c>analytics report</c> on a warehouse that cannot give a report: one line in the CLI's language saying what to
/// run, exit code 1, never a stack trace.
/// </summary>
public sealed class ReportRefusalTests : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    public static TheoryData<string> Families() => new("weekly", "monthly", "quarterly", "final", "nominations", "threats", "primary");

    /// <summary>The families whose reports read <c>mart_campaign_map</c>.</summary>
    public static TheoryData<string> MapFamilies() => new("weekly", "monthly", "quarterly", "final");

    [Theory]
    [MemberData(nameof(Families))]
    public void Report_NoWarehouse_SaysToLoadAndBuild(string family)
    {
        var error = Refused("report", family, "--out", "reports");

        Assert.Contains("analytics load", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Report_LoadedButNeverBuilt_SaysToBuild(string family)
    {
        Load();

        var error = Refused("--lang", "kk", "report", family, "--out", "reports");

        Assert.Contains("analytics build", error, StringComparison.Ordinal);
        Assert.Contains("қойма", error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(MapFamilies))]
    public void Report_MartMissing_SaysToRebuild(string family)
    {
        Load();
        using (var connection = warehouse.Database.Open())
        {
            ModelRunner.Shipped().Build(connection, new DateOnly(2026, 10, 15), "test");
            connection.Execute("drop table marts.mart_campaign_map");
        }

        var error = Refused("report", family, "--out", "reports");

        Assert.StartsWith("Хранилище не пересчитано этой версией программы", error, StringComparison.Ordinal);
        Assert.Contains("«mart_campaign_map»", error, StringComparison.Ordinal);
    }

    public void Dispose() => warehouse.Dispose();

    private void Load()
    {
        SmallFederation.WriteTo(warehouse);
        new BatchLoader(warehouse.Database, new PseudonymKey(AnalyticsProcess.Secret)).Load(warehouse.Inbox);
    }

    /// <summary>Runs the command, expects exit code 1 and one line on standard error, and returns it.</summary>
    private string Refused(params string[] arguments)
    {
        var run = AnalyticsProcess.Run(warehouse.Root, arguments);
        Assert.True(run.ExitCode == 1, $"analytics {string.Join(' ', arguments)} exited {run.ExitCode}.\n{run.Output}\n{run.Error}");
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, $"expected one line on standard error, found:\n{run.Error}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        return lines[0];
    }
}
