using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Surveys;

/// <summary>
/// surveys.csv: answers come in waves at the start and the end of the campaign; trust, satisfaction
/// and awareness of results improve a little month by month.
/// </summary>
internal static class SurveysWriter
{
    public const string FileName = "surveys.csv";

    public static readonly IReadOnlyList<string> Columns = ["response_id", "org_id", "answered_at", "trust", "satisfaction", "aware_of_results", "age_group"];

    private static readonly double[] MonthWeight = [0.35, 0.15, 0.15, 0.35];
    private static readonly WeightedChoice<string?> AgeGroup = new(("youth", 32), ("adult", 60), ("unknown", 4), (null, 4));

    public static long Write(SampleContext context)
    {
        var random = context.RandomFor("surveys");
        var calendar = context.Calendar;
        var registry = context.Registry;
        var days = Enumerable.Range(0, calendar.TotalDays).Select(calendar.Start.AddDays).ToArray();
        var volumes = DailyVolumes.Allocate(
            context.Scale.Surveys,
            days.Select(d => MonthWeight[calendar.MonthOf(d) - 1] / (calendar.MonthEnd(calendar.MonthOf(d)).Day) * DailyVolumes.Weekday(d)).ToArray());

        using var csv = new CsvWriter(context.PathOf(FileName), Columns);
        var number = 0;
        for (var d = 0; d < days.Length; d++)
        {
            var month = calendar.MonthOf(days[d]);
            var answers = Enumerable.Range(0, volumes[d])
                .Select(_ => (At: CampaignCalendar.At(random, days[d], 7, 23.9), Primary: Respondent(random, registry, days[d])))
                .OrderBy(a => a.At)
                .ToList();
            foreach (var (at, primary) in answers)
            {
                var mood = (primary.Engagement - 1) * 4 + (month - 1) * 0.25 + random.Gaussian();
                var trust = Math.Clamp((int)Math.Round(6.6 + (1.6 * mood)), 1, 10);
                int? satisfaction = random.Chance(0.08) ? null : Math.Clamp((int)Math.Round(3.5 + (0.8 * mood) + (0.4 * random.Gaussian())), 1, 5);
                bool? aware = random.Chance(0.05) ? null : random.Chance(0.3 + (0.09 * month) + (0.1 * (primary.Engagement - 1)));
                csv.Text($"R{++number:D7}").Text(primary.Id).Time(at.AddSeconds(random.Next(60)))
                    .Number(trust).Number(satisfaction).Flag(aware).Text(AgeGroup.Next(random));
                csv.EndRow();
            }
        }

        return csv.Rows;
    }

    private static PrimaryOrg Respondent(Random random, SampleRegistry registry, DateOnly day)
    {
        var primary = registry.PickByMembers(random);
        for (var attempt = 0; attempt < 20 && !primary.IsOpenOn(day); attempt++)
        {
            primary = registry.PickByMembers(random);
        }

        return primary;
    }
}
