using System.Text.Json;

namespace Analytics.SampleData.Tests;

[Collection(SmallSampleGroup.Name)]
public sealed class ConfigFilesTests(SmallSampleFixture sample)
{
    [Fact]
    public void Write_CampaignJson_NamesTheCampaignAndItsStart()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.Directory, "campaign.json")));
        var root = json.RootElement;
        Assert.Equal("Сильные профсоюзы — сильный голос человека труда", root.GetProperty("name_ru").GetString());
        Assert.Equal("Күшті кәсіподақтар — еңбек адамының күшті дауысы", root.GetProperty("name_kk").GetString());
        Assert.Equal("2026-09", root.GetProperty("start_month").GetString());
        Assert.Equal(4, root.GetProperty("months").GetInt32());
        Assert.Equal("Asia/Almaty", root.GetProperty("time_zone").GetString());
        Assert.Equal(500, root.GetProperty("large_primary_min_members").GetInt32());
    }

    [Fact]
    public void Write_TargetsJson_HoldsTheContractDefaults()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.Directory, "targets.json")));
        var root = json.RootElement;
        Assert.Equal(["kpi", "map_colour", "trust_index", "ratings", "threat", "barometer", "nominations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(17, root.GetProperty("kpi").EnumerateObject().Count());
        Assert.Equal(50000, root.GetProperty("kpi").GetProperty("F4").GetInt32());
        Assert.Equal(3, root.GetProperty("threat").GetProperty("deadline_hours").GetProperty("critical").GetInt32());
        Assert.Equal(4, root.GetProperty("barometer").GetProperty("emerging_trailing_weeks").GetInt32());
        Assert.Equal(10, root.GetProperty("nominations").GetProperty("trust_leader_min_responses").GetInt32());
    }

    [Fact]
    public void Write_OtherStartMonth_MovesTheCampaign()
    {
        var other = Path.Combine(Path.GetTempPath(), "senim-sample-" + Path.GetRandomFileName());
        try
        {
            SampleFederation.Write(other, new SampleOptions(StartMonth: "2027-01"));
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(other, "campaign.json")));
            Assert.Equal("2027-01", json.RootElement.GetProperty("start_month").GetString());
            var periods = CsvTable.Read(Path.Combine(other, "org_reports.csv")).Column("period").Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(["2027-01", "2027-02", "2027-03", "2027-04"], periods);
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }
}
