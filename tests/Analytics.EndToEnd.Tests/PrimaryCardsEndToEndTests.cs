using Analytics.Reports.Pipeline;
using Analytics.TestSupport;

namespace Analytics.EndToEnd.Tests;

/// <summary>
/// <c>analytics report primary</c> as an analyst runs it on <see cref="CardFederation"/>: the files the delivery reads,
/// and an unknown <c>--org</c> or <c>--sector</c> refused with one line and exit code 1.
/// </summary>
public sealed class PrimaryCardsEndToEndTests(BuiltCardFederation federation) : IClassFixture<BuiltCardFederation>
{
    [Fact]
    public void Org_OnePageBundleNamedAfterItsSectorUnion()
    {
        var folder = Path.Combine(federation.Warehouse.Root, "org-cards");

        var run = AnalyticsProcess.Run(federation.Warehouse.Root, "--lang", "ru", "report", "primary", "--month", "2", "--org", "Q4", "--out", folder);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(
            ["primary-m2-sector-SB-ru.manifest.json", "primary-m2-sector-SB-ru.pdf", "primary-m2-sector-SB-ru.xlsx"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var manifest = ReportManifest.Read(Path.Combine(folder, "primary-m2-sector-SB-ru.manifest.json"));
        Assert.Equal(("primary", 2, "sector", "SB", "ru", 1), (manifest.Report, manifest.Month!.Value, manifest.Scope, manifest.Key, manifest.Language, manifest.Pages));
    }

    [Fact]
    public void Sector_BothLanguagesWithoutLang()
    {
        var folder = Path.Combine(federation.Warehouse.Root, "sector-cards");

        var run = AnalyticsProcess.Run(federation.Warehouse.Root, "report", "primary", "--month", "2", "--sector", "SA", "--out", folder);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(6, Directory.GetFiles(folder, "primary-m2-sector-SA-*").Length);
        Assert.Empty(Directory.GetFiles(folder, "primary-m2-sector-SB-*"));
    }

    [Theory]
    [InlineData("--org", "NOPE", "«NOPE»")]
    [InlineData("--sector", "NOPE", "«NOPE»")]
    [InlineData("--sector", "Q1", "«Q1»")]
    public void UnknownOrgOrSector_OneLineAndExitCode1(string option, string value, string named)
    {
        var run = AnalyticsProcess.Run(
            federation.Warehouse.Root, "report", "primary", "--month", "2", option, value, "--out", Path.Combine(federation.Warehouse.Root, "refused"));

        Assert.True(run.ExitCode == 1, $"exited {run.ExitCode}.\n{run.Output}\n{run.Error}");
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(federation.Warehouse.Root, "refused")));
    }
}
