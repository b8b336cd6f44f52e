using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Appeals;

/// <summary>
/// One week in which one topic jumps in one region, so the social barometer has an emerging
/// problem to find (methodology §8: at least 5 and above the trailing mean + 2 SD).
/// </summary>
internal sealed record AppealSpike(int Week, string Region, string Topic, int Count)
{
    private static readonly string[] Candidates = ["wages", "safety", "working_time", "housing"];

    public static AppealSpike Draw(Random random, SampleRegistry registry, int totalAppeals)
    {
        var regions = registry.ByRegion.Where(r => r.Value.Count >= 3).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
        var region = random.Pick(regions);
        var topic = random.Pick(Candidates);
        var regionShare = registry.ByRegion[region].Sum(p => (double)p.Members) / registry.TotalMembers;
        var weeklyBaseline = totalAppeals * Topics.Share(topic) * regionShare / CampaignCalendar.Weeks;
        return new AppealSpike(random.Between(9, 14), region, topic, Math.Max(12, (int)Math.Ceiling(weeklyBaseline * 1.2)));
    }
}
