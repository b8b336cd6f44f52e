using Analytics.SampleData.Cases;
using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Reports;

/// <summary>
/// org_reports.csv: one row per primary per month, month by month. 75–95% of primaries report,
/// depending on the month and the territory; workers reached since the start never fall and never
/// exceed the smallest <c>members</c> of the primary's registry versions.
/// </summary>
internal static class OrgReportsWriter
{
    public const string FileName = "org_reports.csv";

    public static readonly IReadOnlyList<string> Columns =
    [
        "org_id", "period", "workers_reached_month", "workers_reached_total", "appeals_offline",
        "appeals_offline_resolved", "legal_aid_consultations", "reception_visitors", "safety_participants",
        "because_participants", "help_story_case_id", "submitted_at",
    ];

    private static readonly double[] Completeness = [0.92, 0.88, 0.85, 0.82];

    public static long Write(SampleContext context, CaseBook cases)
    {
        var random = context.RandomFor("org_reports");
        var calendar = context.Calendar;
        var primaries = context.Registry.Primaries;
        var totals = new int[primaries.Count];
        using var csv = new CsvWriter(context.PathOf(FileName), Columns);

        for (var month = 1; month <= CampaignCalendar.Months; month++)
        {
            foreach (var primary in primaries)
            {
                if (primary.OpenDays(calendar, month) is null)
                {
                    continue;
                }

                var active = primary.ActiveMonths[month - 1];
                var ceiling = primary.MembersCeiling;
                var reachedMonth = (int)Math.Min(ceiling, Math.Round(ceiling * (active
                    ? Math.Min(0.95, random.Between(0.25, 0.75) * primary.Engagement)
                    : random.Between(0, 0.08))));
                var fresh = totals[primary.Index] == 0 ? reachedMonth : (int)Math.Round(reachedMonth * random.Between(0.25, 0.55));
                totals[primary.Index] = Math.Min(ceiling, Math.Max(reachedMonth, totals[primary.Index] + fresh));

                var chance = Completeness[month - 1] * Math.Pow(primary.Territory.Engagement, 2) * (primary.Participates ? 1 : 0.85);
                if (!random.Chance(Math.Clamp(chance, 0.55, 0.99)))
                {
                    continue;
                }

                WriteRow(csv, random, context, primary, month, active, reachedMonth, totals[primary.Index], cases.Of(primary.Id, month));
            }
        }

        return csv.Rows;
    }

    private static void WriteRow(
        CsvWriter csv, Random random, SampleContext context, PrimaryOrg primary, int month, bool active,
        int reachedMonth, int reachedTotal, IReadOnlyList<string> monthCases)
    {
        var members = primary.Members;
        var offline = random.Poisson(members / 120.0 * random.Between(0.5, 1.5));
        int? offlineResolved = random.Chance(0.15) ? null : (int)Math.Round(offline * random.Between(0.4, 1.0));
        var service = active ? 1.0 : 0.2;
        var legalAid = random.Chance(0.55 * service) ? (int)(1 + (Math.Sqrt(members) * random.Between(0.3, 1.2))) : 0;
        var reception = random.Chance(0.5 * service) ? (int)(1 + (Math.Sqrt(members) * random.Between(0.2, 1.0))) : 0;
        var safety = random.Chance(0.6 * service) ? (int)Math.Max(1, members * random.Between(0.05, 0.4)) : 0;
        int? because = month switch
        {
            4 when random.Chance(0.5 * service) => (int)Math.Max(1, members * random.Between(0.05, 0.3)),
            3 when random.Chance(0.1 * service) => (int)Math.Max(1, members * random.Between(0.02, 0.1)),
            _ => random.Chance(0.6) ? null : 0,
        };
        var helpStory = monthCases.Count > 0 && random.Chance(0.75) ? random.Pick(monthCases) : null;

        csv.Text(primary.Id).Text(context.Calendar.Period(month)).Number(reachedMonth).Number(reachedTotal)
            .Number(offline).Number(offlineResolved).Number(legalAid).Number(reception).Number(safety)
            .Number(because).Text(helpStory).Time(SubmittedAt(random, context.Calendar, month));
        csv.EndRow();
    }

    private static DateTime? SubmittedAt(Random random, CampaignCalendar calendar, int month)
    {
        if (random.Chance(0.05))
        {
            return null;
        }

        var nextMonth = calendar.MonthEnd(month).AddDays(1);
        var day = random.Chance(0.04) ? nextMonth.AddDays(random.Between(5, 19)) : nextMonth.AddDays(random.Between(0, 4));
        return CampaignCalendar.At(random, day, 9, 19);
    }
}
