using Analytics.Warehouse.Configuration;

namespace Analytics.Cli.Serve;

/// <summary>Which scheduled runs are due on a morning: a campaign week that ended yesterday gets its weekly report.</summary>
internal static class ReportSchedule
{
    /// <summary>The campaign week (1..) whose last day was <paramref name="yesterday"/>, or null.</summary>
    public static int? WeekEndingOn(DateOnly yesterday, CampaignSettings campaign)
    {
        if (yesterday < campaign.FirstDay || yesterday > campaign.LastDay)
        {
            return null;
        }

        // methodology §1: weeks end on days 7, 14, 21 and the month's last day.
        var lastOfMonth = DateTime.DaysInMonth(yesterday.Year, yesterday.Month);
        var weekOfMonth = yesterday.Day switch
        {
            7 => 1,
            14 => 2,
            21 => 3,
            _ when yesterday.Day == lastOfMonth => 4,
            _ => 0,
        };
        if (weekOfMonth == 0)
        {
            return null;
        }

        var month = (yesterday.Year - campaign.FirstDay.Year) * 12 + yesterday.Month - campaign.FirstDay.Month;
        return month * 4 + weekOfMonth;
    }

    /// <summary>Today's date at UTC+05:00 (methodology §1).</summary>
    public static DateOnly LocalToday(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(5)).DateTime);
}
