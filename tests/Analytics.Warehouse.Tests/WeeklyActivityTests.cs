namespace Analytics.Warehouse.Tests;

/// <summary>
/// marts.mart_weekly_activity on the hand-built small federation at the cut-off 2026-10-15 (week 7). Events by week:
/// week 1 E1, E5, E9, E10 and E14 (P5's, closed, counts: plain counts include inactive organisations) = 5; week 2 E2,
/// E11, E12, E13 = 4; week 3 E7 = 1; week 5 E3 = 1; week 7 E4 = 1. E8 (31.08) is before the campaign and E6 (16.10)
/// after the cut-off.
/// </summary>
public sealed class WeeklyActivityTests(BuiltSmallFederation federation) : IClassFixture<BuiltSmallFederation>
{
    private sealed record Row(long Week, long Records, long? PreviousWeekRecords, long? Change, double? ChangeShare);

    [Fact]
    public void Events_WeekByWeek_WithTheChangeAgainstTheWeekBefore()
    {
        var rows = federation.Query<Row>(
            "select week, records, previous_week_records as PreviousWeekRecords, change, change_share as ChangeShare from marts.mart_weekly_activity where activity = 'events' order by week");

        Assert.Equal(
            [
                new Row(1, 5, null, null, null),
                new Row(2, 4, 5, -1, -0.2),
                new Row(3, 1, 4, -3, -0.75),
                new Row(4, 0, 1, -1, -1.0),
                new Row(5, 1, 0, 1, null),
                new Row(6, 0, 1, -1, -1.0),
                new Row(7, 1, 0, 1, null),
            ],
            rows);
    }

    [Fact]
    public void EveryActivity_HasARowForEveryWeekStarted()
    {
        var rows = federation.Query<(string Activity, long Weeks)>(
            "select activity, count(*) from marts.mart_weekly_activity group by activity order by activity");

        Assert.Equal([("appeals", 7L), ("cases", 7L), ("events", 7L), ("publications", 7L)], rows);
    }
}
