using Analytics.Warehouse.Configuration;

namespace Analytics.Cli.Commands;

internal static class CutoffDate
{
    /// <summary>Output contract: today in Asia/Almaty (UTC+05:00, methodology §1), capped at the campaign's last day.</summary>
    public static DateOnly Default(CampaignSettings campaign, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(5)).DateTime);
        return today > campaign.LastDay ? campaign.LastDay : today;
    }
}
