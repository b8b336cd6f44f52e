using Analytics.Reports.Tests.Monthly;
using Analytics.Reports.Weekly;
using Snapshooter.Xunit;

namespace Analytics.Reports.Tests.Weekly;

/// <summary>The data behind the weekly pages for the sample federation at cut-off 2026-11-20 (week 11).</summary>
[Collection(PeriodicReportsGroup.Name)]
public sealed class WeeklyReportSnapshotTests(SampleWarehouseFixture warehouse)
{
    [Fact]
    public void Read_SampleFederation_MatchesSnapshot()
    {
        using var connection = warehouse.Open();

        var report = WeeklyReportQuery.Read(connection, week: null);

        // 20 November is day 20 of campaign month 3: days 15-21 are its third week, 4 · 2 + 3 = 11.
        Assert.Equal(11, report.Header.Week);
        Snapshot.Match(report);
    }
}
