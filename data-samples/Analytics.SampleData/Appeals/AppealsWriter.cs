using System.Globalization;
using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Appeals;

/// <summary>
/// appeals.csv, day by day in order of receipt; only one day's appeals are held in memory.
/// Volume grows a little after the hotline starts in week 3 and dips at weekends. Past a million appeals (ten times
/// national), they go one file a month, appeals_YYYY-MM.csv, as a file of all would pass the loader's 1 GiB limit.
/// </summary>
internal static class AppealsWriter
{
    public const string FileName = "appeals.csv";

    private const int OneFileUpTo = 1_000_000;

    public static readonly IReadOnlyList<string> Columns =
    [
        "appeal_id", "received_at", "channel", "kind", "org_id", "topic", "text", "first_response_at",
        "resolved_at", "status", "satisfaction", "is_member", "age_group", "appellant_key", "updated_at",
    ];

    public static (long Rows, AppealSpike Spike) Write(SampleContext context)
    {
        var random = context.RandomFor("appeals");
        var calendar = context.Calendar;
        var registry = context.Registry;
        var spike = AppealSpike.Draw(random, registry, context.Scale.Appeals);
        var factory = new AppealFactory(random);

        var days = Enumerable.Range(0, calendar.TotalDays).Select(calendar.Start.AddDays).ToArray();
        var volumes = DailyVolumes.Allocate(context.Scale.Appeals, days.Select(d => DailyVolumes.Weekday(d) * Phase(calendar, d)).ToArray());
        var spikeDays = Enumerable.Range(0, spike.Count).Select(_ => calendar.DayInWeek(random, spike.Week)).ToArray();
        var spikePicker = new WeightedPicker(registry.ByRegion[spike.Region].Select(p => (double)p.Members));

        var monthly = context.Scale.Appeals > OneFileUpTo;
        CsvWriter? csv = null;
        long rows = 0;
        var number = 0;
        for (var d = 0; d < days.Length; d++)
        {
            var day = days[d];
            if (csv is null || (monthly && day.Day == 1))
            {
                rows += csv?.Rows ?? 0;
                csv?.Dispose();
                csv = new CsvWriter(context.PathOf(monthly ? string.Create(CultureInfo.InvariantCulture, $"appeals_{day:yyyy-MM}.csv") : FileName), Columns);
            }

            var drafts = new List<AppealDraft>(volumes[d] + 16);
            for (var i = 0; i < volumes[d]; i++)
            {
                drafts.Add(factory.Create(day, OpenPrimary(random, registry, day)));
            }

            foreach (var _ in spikeDays.Where(s => s == day))
            {
                var primary = registry.ByRegion[spike.Region][spikePicker.Next(random)];
                drafts.Add(factory.Create(day, primary, spike.Topic));
            }

            foreach (var appeal in drafts.OrderBy(a => a.ReceivedAt))
            {
                WriteRow(csv, $"A{++number:D7}", appeal);
            }
        }

        rows += csv?.Rows ?? 0;
        csv?.Dispose();
        return (rows, spike);
    }

    /// <summary>
    /// A day's share of its campaign week. Every week gets the same volume (fewer in weeks 1–2, before
    /// the hotline starts), although the fourth week of a month has 8–10 days: otherwise those weeks
    /// would look like surges to the emerging-problem rule, which compares weekly counts.
    /// </summary>
    private static double Phase(CampaignCalendar calendar, DateOnly day)
    {
        var week = calendar.WeekOf(day);
        var (first, last) = calendar.Week(week);
        var weekWeight = 0.0;
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            weekWeight += DailyVolumes.Weekday(d);
        }

        return (week <= 2 ? 0.85 : 1.0) / weekWeight;
    }

    private static PrimaryOrg OpenPrimary(Random random, SampleRegistry registry, DateOnly day)
    {
        var primary = registry.PickByMembers(random);
        for (var attempt = 0; attempt < 20 && !primary.IsOpenOn(day); attempt++)
        {
            primary = registry.PickByMembers(random);
        }

        return primary;
    }

    private static void WriteRow(CsvWriter csv, string id, AppealDraft a)
    {
        csv.Text(id).Time(a.ReceivedAt).Text(a.Channel).Text(a.Kind).Text(a.OrgId).Text(a.Topic).Text(a.Text)
            .Time(a.FirstResponseAt).Time(a.ResolvedAt).Text(a.Status).Number(a.Satisfaction).Flag(a.IsMember)
            .Text(a.AgeGroup).Text(a.AppellantKey).Time(a.UpdatedAt);
        csv.EndRow();
    }
}
