using Analytics.Warehouse.Configuration;

namespace Analytics.Warehouse.Tests;

/// <summary>targets.json's nominations block (input contract, methodology §15).</summary>
public sealed class NominationSettingsTests
{
    [Fact]
    public void Defaults_ShortlistOf10_TrustLeaderFrom10Answers()
    {
        var targets = TargetSettings.Default;

        Assert.Equal(10m, targets["nominations.shortlist_size"]);
        Assert.Equal(10m, targets["nominations.trust_leader_min_responses"]);
    }

    // 5 is the smallest count a report may show for a single primary (§12), so it is the lowest accepted minimum.
    [Theory]
    [InlineData(5)]
    [InlineData(12)]
    public void TrustLeaderMinimum_From5_IsAccepted(int responses)
    {
        var targets = TargetSettings.Parse($$"""{ "nominations": { "trust_leader_min_responses": {{responses}} } }""", "targets.json");

        Assert.Equal(responses, targets["nominations.trust_leader_min_responses"]);
        Assert.Equal(10m, targets["nominations.shortlist_size"]);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("7.5")]
    public void TrustLeaderMinimum_Below5OrFractional_IsRefusedInBothLanguages(string responses)
    {
        var error = Assert.Throws<ConfigurationException>(
            () => TargetSettings.Parse($$"""{ "nominations": { "trust_leader_min_responses": {{responses}} } }""", "targets.json"));

        Assert.Contains("nominations.trust_leader_min_responses", error.Message);
        Assert.Contains("не меньше 5", error.Message);
        Assert.Contains("5-тен кем емес", error.MessageKk);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    public void ShortlistSize_NotAWholeNumberFrom1_IsRefused(string size)
    {
        var error = Assert.Throws<ConfigurationException>(
            () => TargetSettings.Parse($$"""{ "nominations": { "shortlist_size": {{size}} } }""", "targets.json"));

        Assert.Contains("nominations.shortlist_size", error.Message);
        Assert.NotNull(error.MessageKk);
    }
}
