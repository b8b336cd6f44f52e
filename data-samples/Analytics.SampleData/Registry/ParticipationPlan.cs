using Analytics.SampleData.Infrastructure;

namespace Analytics.SampleData.Registry;

/// <summary>
/// Decides once which primaries take part and in which months, so that events, reports
/// and cases agree with each other. About 78% participate; engagement varies by sector and territory.
/// </summary>
internal static class ParticipationPlan
{
    public static void Draw(Random random, IReadOnlyList<PrimaryOrg> primaries, CampaignCalendar calendar)
    {
        foreach (var primary in primaries)
        {
            var chance = Math.Clamp(0.79 * primary.Engagement * (primary.IsLarge ? 1.1 : 1), 0.4, 0.98);
            primary.Participates = random.Chance(chance);
            if (!primary.Participates)
            {
                continue;
            }

            var open = Enumerable.Range(1, CampaignCalendar.Months).Where(m => primary.OpenDays(calendar, m) is not null).ToArray();
            foreach (var month in open)
            {
                // Month 1 (the Unified Union Day) draws the most primaries.
                primary.ActiveMonths[month - 1] = random.Chance(month == 1 ? 0.92 : primary.IsLarge ? 0.93 : 0.8);
            }

            if (open.Length > 0 && !primary.ActiveMonths.Any(m => m))
            {
                primary.ActiveMonths[random.Pick(open) - 1] = true;
            }

            primary.Participates = primary.ActiveMonths.Any(m => m);
        }
    }
}
