using Analytics.Warehouse.Configuration;

namespace Analytics.Warehouse.Tests;

/// <summary>campaign.json's calendar (input contract, methodology §1).</summary>
public sealed class CampaignSettingsTests
{
    [Theory]
    [InlineData("2000-01", 4, "2000-04-30")]
    [InlineData("2026-09", 4, "2026-12-31")]
    [InlineData("2099-12", 12, "2100-11-30")]
    [InlineData("2028-02", 1, "2028-02-29")]
    public void StartMonth_OfThisCentury_GivesTheCampaignsLastDay(string startMonth, int months, string lastDay)
    {
        var campaign = CampaignSettings.Parse($$"""{ "start_month": "{{startMonth}}", "months": {{months}} }""", "campaign.json");

        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), campaign.LastDay);
    }

    [Theory]
    [InlineData("1999-12")]
    [InlineData("2100-01")]
    [InlineData("9999-10")]
    [InlineData("2026-13")]
    [InlineData("09.2026")]
    public void StartMonth_OutsideTheCenturyOrMalformed_IsRefusedNamingTheKey(string startMonth)
    {
        var refusal = Assert.Throws<ConfigurationException>(
            () => CampaignSettings.Parse($$"""{ "start_month": "{{startMonth}}" }""", "campaign.json"));

        Assert.Equal($"campaign.json, ключ «start_month»: ожидался месяц ГГГГ-ММ с 2000-01 по 2099-12, найдено \"{startMonth}\".", refusal.Message);
        Assert.Equal($"campaign.json, «start_month» кілті: 2000-01 мен 2099-12 аралығындағы ЖЖЖЖ-АА айы күтілді, табылғаны \"{startMonth}\".", refusal.MessageKk);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Months_OutsideOneToTwelve_AreRefused(int months)
    {
        var refusal = Assert.Throws<ConfigurationException>(
            () => CampaignSettings.Parse($$"""{ "months": {{months}} }""", "campaign.json"));

        Assert.Equal($"campaign.json, ключ «months»: ожидалось от 1 до 12, найдено {months}.", refusal.Message);
    }

    [Fact]
    public void KeyGivenTwice_IsRefusedNamingIt()
    {
        var refusal = Assert.Throws<ConfigurationException>(
            () => CampaignSettings.Parse("""{ "name_ru": "x", "start_month": "2026-09", "months": 4, "months": 5 }""", "campaign.json"));

        Assert.Equal("campaign.json: ключ «months» задан дважды: оставьте одно значение.", refusal.Message);
        Assert.Equal("campaign.json: «months» кілті екі рет берілген: бір мәнін қалдырыңыз.", refusal.MessageKk);
    }

    [Theory]
    [InlineData("Months", "«Months»")]
    [InlineData("bogus", "«bogus»")]
    public void UnknownKey_IsRefusedNamingItAndTheKnownOnes(string key, string named)
    {
        var refusal = Assert.Throws<ConfigurationException>(
            () => CampaignSettings.Parse($$"""{ "start_month": "2026-09", "months": 4, "{{key}}": 3 }""", "campaign.json"));

        Assert.Equal($"campaign.json: неизвестные ключи {named}; ожидались: name_ru, name_kk, start_month, months, time_zone, large_primary_min_members.", refusal.Message);
        Assert.StartsWith("campaign.json: белгісіз кілттер ", refusal.MessageKk, StringComparison.Ordinal);
    }
}
