using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Warehouse.Configuration;

/// <summary>campaign.json: the campaign's names, calendar and the large-primary threshold.</summary>
public sealed record CampaignSettings(
    [property: JsonPropertyName("name_ru")] string NameRu,
    [property: JsonPropertyName("name_kk")] string NameKk,
    [property: JsonPropertyName("start_month")] string StartMonth,
    [property: JsonPropertyName("months")] int Months,
    [property: JsonPropertyName("time_zone")] string TimeZone,
    [property: JsonPropertyName("large_primary_min_members")] int LargePrimaryMinMembers)
{
    private const int FirstYear = 2000;
    private const int LastYear = 2099;

    public DateOnly FirstDay => DateOnly.ParseExact(StartMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public DateOnly LastDay => FirstDay.AddMonths(Months).AddDays(-1);

    public static CampaignSettings Default => Parse(ShippedConfiguration.Read("campaign.json"), "campaign.json (shipped)");

    /// <summary>Reads campaign.json; keys it lacks keep the shipped defaults.</summary>
    public static CampaignSettings Parse(string json, string sourceName)
    {
        var merged = JsonMerge.Merge(ShippedConfiguration.Read("campaign.json"), json, sourceName);
        var settings = JsonSerializer.Deserialize<CampaignSettings>(merged)
            ?? throw new ConfigurationException($"{sourceName}: ожидался объект JSON.", $"{sourceName}: JSON нысаны күтілді.");
        settings.Validate(sourceName);
        return settings;
    }

    private void Validate(string sourceName)
    {
        // a campaign of this century: a year outside it is a typing slip, and the calendar's dates stay representable
        if (!DateOnly.TryParseExact(StartMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year is < FirstYear or > LastYear)
        {
            throw new ConfigurationException(
                $"{sourceName}, ключ «start_month»: ожидался месяц ГГГГ-ММ с {FirstYear}-01 по {LastYear}-12, найдено \"{StartMonth}\".",
                $"{sourceName}, «start_month» кілті: {FirstYear}-01 мен {LastYear}-12 аралығындағы ЖЖЖЖ-АА айы күтілді, табылғаны \"{StartMonth}\".");
        }

        if (Months is < 1 or > 12)
        {
            throw new ConfigurationException(
                $"{sourceName}, ключ «months»: ожидалось от 1 до 12, найдено {Months}.", $"{sourceName}, «months» кілті: 1-ден 12-ге дейін күтілді, табылғаны {Months}.");
        }

        if (LargePrimaryMinMembers < 1)
        {
            throw new ConfigurationException(
                $"{sourceName}, ключ «large_primary_min_members»: ожидалось целое число ≥ 1, найдено {LargePrimaryMinMembers}.",
                $"{sourceName}, «large_primary_min_members» кілті: ≥ 1 бүтін сан күтілді, табылғаны {LargePrimaryMinMembers}.");
        }
    }
}
