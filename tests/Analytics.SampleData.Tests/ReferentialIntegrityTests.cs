namespace Analytics.SampleData.Tests;

[Collection(SmallSampleGroup.Name)]
public sealed class ReferentialIntegrityTests(SmallSampleFixture sample)
{
    [Theory]
    [InlineData("events.csv")]
    [InlineData("org_reports.csv")]
    [InlineData("appeals.csv")]
    [InlineData("cases.csv")]
    [InlineData("media.csv")]
    [InlineData("threat_journal.csv")]
    [InlineData("monitoring_regimes.csv")]
    [InlineData("surveys.csv")]
    [InlineData("trainings.csv")]
    [InlineData("ambassadors.csv")]
    [InlineData("confirmations.csv")]
    public void Write_EveryOrgId_ExistsInOrganisations(string fileName)
    {
        var known = sample.Table("organisations.csv").Column("org_id").ToHashSet(StringComparer.Ordinal);
        Assert.All(sample.Table(fileName).Column("org_id"), id => Assert.Contains(id, known));
    }

    [Theory]
    [InlineData("org_reports.csv")]
    [InlineData("surveys.csv")]
    public void Write_PrimaryOnlyDatasets_ReferToPrimaries(string fileName)
    {
        var organisations = sample.Table("organisations.csv");
        var primaries = organisations.Rows.Where(r => organisations[r, "level"] == "primary").Select(r => organisations[r, "org_id"]).ToHashSet(StringComparer.Ordinal);
        Assert.All(sample.Table(fileName).Column("org_id"), id => Assert.Contains(id, primaries));
    }

    [Fact]
    public void Write_HelpStoryCaseIds_AreCasesOfTheSamePrimary()
    {
        var cases = sample.Table("cases.csv");
        var owner = cases.Rows.ToDictionary(r => cases[r, "case_id"], r => cases[r, "org_id"], StringComparer.Ordinal);
        var reports = sample.Table("org_reports.csv");
        var linked = reports.Rows.Where(r => reports[r, "help_story_case_id"].Length > 0).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, r => Assert.Equal(reports[r, "org_id"], owner[reports[r, "help_story_case_id"]]));
    }

    [Theory]
    [InlineData("organisations.csv", "org_id", true)]
    [InlineData("events.csv", "event_id", false)]
    [InlineData("appeals.csv", "appeal_id", false)]
    [InlineData("cases.csv", "case_id", false)]
    [InlineData("media.csv", "publication_id", false)]
    [InlineData("threat_journal.csv", "entry_id", false)]
    [InlineData("surveys.csv", "response_id", false)]
    [InlineData("trainings.csv", "training_id", false)]
    [InlineData("ambassadors.csv", "ambassador_id", false)]
    [InlineData("confirmations.csv", "confirmation_id", false)]
    public void Write_Ids_AreUniqueWithinADataset(string fileName, string idColumn, bool historyAllowed)
    {
        var table = sample.Table(fileName);
        var keys = historyAllowed
            ? table.Rows.Select(r => table[r, idColumn] + "|" + table[r, "valid_from"])
            : table.Column(idColumn);
        var all = keys.ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_Primaries_ReferToASectorAndATerritory()
    {
        var organisations = sample.Table("organisations.csv");
        var levels = organisations.Rows.GroupBy(r => organisations[r, "org_id"]).ToDictionary(g => g.Key, g => organisations[g.First(), "level"], StringComparer.Ordinal);
        foreach (var row in organisations.Rows.Where(r => organisations[r, "level"] == "primary"))
        {
            Assert.Equal("sector", levels[organisations[row, "sector_id"]]);
            Assert.Equal("territorial", levels[organisations[row, "territorial_id"]]);
        }
    }
}
