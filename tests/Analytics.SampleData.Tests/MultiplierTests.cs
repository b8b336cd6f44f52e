namespace Analytics.SampleData.Tests;

/// <summary>The size multiplier (issue 11: ten times national) keeps the federation's shape and every id unique.</summary>
[Collection(SmallSampleGroup.Name)]
public sealed class MultiplierTests(SmallSampleFixture small)
{
    [Fact]
    public void Write_ThreeTimesSmall_GivesThreeTimesThePrimariesWithUniqueIds()
    {
        var directory = Path.Combine(Path.GetTempPath(), "senim-sample-x3-" + Path.GetRandomFileName());
        try
        {
            var rows = SampleFederation.Write(directory, new SampleOptions(Multiplier: 3));
            var organisations = CsvTable.Read(Path.Combine(directory, "organisations.csv"));
            var primaries = organisations.Rows.Where(row => organisations[row, "level"] == "primary").Select(row => organisations[row, "org_id"]).Distinct().Count();

            // Small is 400 primaries; three times is 1,200, beside the same 24 sector unions and 18 territories.
            Assert.Equal(1_200, primaries);
            Assert.Equal(43, organisations.Rows.Where(row => organisations[row, "level"] != "primary").Select(row => organisations[row, "org_id"]).Distinct().Count());
            foreach (var (file, id) in new[] { ("appeals.csv", "appeal_id"), ("events.csv", "event_id"), ("cases.csv", "case_id"), ("surveys.csv", "response_id") })
            {
                var ids = CsvTable.Read(Path.Combine(directory, file)).Column(id).ToList();
                Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
                // Rows grow with the primaries: within a fifth of three times the small sample's.
                Assert.InRange(rows[file], small.Summary[file] * 3 * 0.8, small.Summary[file] * 3 * 1.2);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Write_MultiplierBelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleFederation.Write(Path.GetTempPath(), new SampleOptions(Multiplier: 0)));
}
