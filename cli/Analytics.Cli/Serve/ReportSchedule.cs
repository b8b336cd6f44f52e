using Analytics.Cli.Delivery;
using Analytics.Warehouse.Configuration;

namespace Analytics.Cli.Serve;

/// <summary>One family's period that is due: printed on <paramref name="DueOn"/> from a build at <paramref name="Cutoff"/>.</summary>
/// <param name="Number">The week (weekly) or month (monthly); null for quarterly and final.</param>
internal sealed record DueRun(DeliveryFamily Family, int? Number, DateOnly Cutoff, DateOnly DueOn);

/// <summary>Which scheduled runs are due on a morning.</summary>
internal static class ReportSchedule
{
    /// <summary>
    /// For each family, the latest period due by <paramref name="today"/> (Almaty): a campaign week the morning after
    /// it ends; a month, a calendar quarter and the campaign <see cref="ServeSchedule"/>'s days after their last day.
    /// </summary>
    public static IReadOnlyList<DueRun> LatestDue(DateOnly today, CampaignSettings campaign, ServeSchedule schedule)
    {
        var runs = new List<DueRun>();
        for (var day = Earlier(today.AddDays(-1), campaign.LastDay); day >= campaign.FirstDay; day = day.AddDays(-1))
        {
            if (WeekEndingOn(day, campaign) is { } week)
            {
                runs.Add(new DueRun(DeliveryFamily.Weekly, week, day, day.AddDays(1)));
                break;
            }
        }

        var monthEnds = Enumerable.Range(1, campaign.Months).Select(month => (Month: month, End: campaign.FirstDay.AddMonths(month).AddDays(-1))).ToList();
        if (monthEnds.LastOrDefault(m => m.End.AddDays(schedule.MonthlyDaysAfter) <= today) is { Month: > 0 } monthly)
        {
            var due = monthly.End.AddDays(schedule.MonthlyDaysAfter);
            // Preliminary figures (no release yet) are those of the day before printing, within the campaign.
            runs.Add(new DueRun(DeliveryFamily.Monthly, monthly.Month, Earlier(due.AddDays(-1), campaign.LastDay), due));
        }

        if (monthEnds.LastOrDefault(m => m.End.Month % 3 == 0 && m.End.AddDays(schedule.QuarterlyDaysAfter) <= today) is { Month: > 0 } quarter)
        {
            runs.Add(new DueRun(DeliveryFamily.Quarterly, null, quarter.End, quarter.End.AddDays(schedule.QuarterlyDaysAfter)));
        }

        if (campaign.LastDay.AddDays(schedule.FinalDaysAfter) <= today)
        {
            runs.Add(new DueRun(DeliveryFamily.Final, null, campaign.LastDay, campaign.LastDay.AddDays(schedule.FinalDaysAfter)));
        }

        return runs;
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

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
    public static DateOnly LocalToday(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(ServeSchedule.AlmatyOffset).DateTime);
}
