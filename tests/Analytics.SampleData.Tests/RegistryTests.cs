using System.Globalization;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Tests;

[Collection(SmallSampleGroup.Name)]
public sealed class RegistryTests(SmallSampleFixture sample)
{
    private static readonly string[] RegionCodes =
    [
        "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
        "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
    ];

    [Fact]
    public void Write_Registry_HasOneFederation24SectorsAnd18Territories()
    {
        var organisations = sample.Table("organisations.csv");
        var levels = organisations.Column("level").ToList();
        Assert.Equal(1, levels.Count(l => l == "federation"));
        Assert.Equal(24, levels.Count(l => l == "sector"));
        Assert.Equal(18, levels.Count(l => l == "territorial"));
        Assert.Equal("FED", organisations[organisations.Rows.Single(r => organisations[r, "level"] == "federation"), "org_id"]);
    }

    [Fact]
    public void Write_Primaries_CoverAll20Regions()
    {
        var organisations = sample.Table("organisations.csv");
        var regions = organisations.Rows.Where(r => organisations[r, "level"] == "primary").Select(r => organisations[r, "region"]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(RegionCodes, regions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_Territories_CoverAll20RegionsTogether()
    {
        var organisations = sample.Table("organisations.csv");
        var covered = organisations.Rows.Where(r => organisations[r, "level"] == "primary")
            .GroupBy(r => organisations[r, "territorial_id"])
            .SelectMany(g => g.Select(r => organisations[r, "region"]))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(20, covered.Count);
        Assert.All(
            organisations.Rows.Where(r => organisations[r, "level"] == "territorial"),
            r => Assert.Contains(organisations[r, "region"], RegionCodes));
    }

    [Fact]
    public void Write_Small_Has400PrimariesWithAbout50000Members()
    {
        var firstVersions = FirstVersions();
        Assert.Equal(400, firstVersions.Count);
        var members = firstVersions.Select(m => m).ToList();
        Assert.InRange(members.Sum(), 45_000, 55_000);
        Assert.InRange(members.Count(m => m >= 500) / 400.0, 0.12, 0.17);
        Assert.All(members, m => Assert.True(m >= 15));
    }

    [Fact]
    public void Write_Registry_HasChangesAndClosuresDuringTheCampaign()
    {
        var organisations = sample.Table("organisations.csv");
        var later = organisations.Rows.Where(r => string.CompareOrdinal(organisations[r, "valid_from"], "2026-09-01") > 0).ToList();
        Assert.Contains(later, r => organisations[r, "active"] == "false");
        Assert.Contains(later, r => organisations[r, "active"] != "false");
    }

    [Fact]
    public void Generate_National_Has16000PrimariesWithAbout2MillionMembers()
    {
        var registry = RegistryGenerator.Generate(new SampleOptions(SampleScale.National), CampaignCalendar.Parse("2026-09"));
        Assert.Equal(16_000, registry.Primaries.Count);
        Assert.InRange(registry.TotalMembers, 1_800_000, 2_200_000);
        Assert.InRange(registry.Primaries.Count(p => p.IsLarge) / 16_000.0, 0.12, 0.17);
        Assert.InRange(registry.Primaries.Max(p => p.Members), 10_000, 15_000);
        Assert.InRange(registry.Primaries.Count(p => p.Participates) / 16_000.0, 0.7, 0.85);
    }

    private List<int> FirstVersions()
    {
        var organisations = sample.Table("organisations.csv");
        return organisations.Rows.Where(r => organisations[r, "level"] == "primary")
            .GroupBy(r => organisations[r, "org_id"])
            .Select(g => int.Parse(organisations[g.First(), "members"], CultureInfo.InvariantCulture))
            .ToList();
    }
}
