using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Weekly;

/// <summary>This week against the week before: plain counts of what happened (methodology §2), from <c>marts.mart_weekly_activity</c>.</summary>
public static partial class WeeklyReportQuery
{
    private static List<ActivityRow> Activity(IDbConnection connection, int week) =>
        Marts.Query<ActivityRow>(
            connection,
            """
            select week, activity, records::bigint as records, previous_week_records::bigint as previous_week_records,
                   change::bigint as change, change_share
            from marts.mart_weekly_activity
            where week <= $week
            order by week, activity
            """,
            new { week });

    private static List<ActivityCount> WeekOnWeek(IReadOnlyList<ActivityRow> activity, int week)
    {
        ActivityCount Of(Activity kind)
        {
            var row = activity.FirstOrDefault(a => a.Week == week && string.Equals(a.Activity, kind.ToString(), StringComparison.OrdinalIgnoreCase));
            return row is null
                ? new ActivityCount(kind, 0, week > 1 ? 0 : null, week > 1 ? 0 : null, null)
                : new ActivityCount(kind, row.Records, row.PreviousWeekRecords, row.Change, Marts.Exact(row.ChangeShare));
        }

        return [Of(Weekly.Activity.Events), Of(Weekly.Activity.Appeals), Of(Weekly.Activity.Cases), Of(Weekly.Activity.Publications)];
    }

    private sealed record ActivityRow
    {
        public int Week { get; init; }

        public string Activity { get; init; } = "";

        public long Records { get; init; }

        public long? PreviousWeekRecords { get; init; }

        public long? Change { get; init; }

        public double? ChangeShare { get; init; }
    }
}
