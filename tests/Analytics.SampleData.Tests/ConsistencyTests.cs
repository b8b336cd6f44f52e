using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.SampleData.Tests;

[Collection(SmallSampleGroup.Name)]
public sealed partial class ConsistencyTests(SmallSampleFixture sample)
{
    [Theory]
    [InlineData("organisations.csv", "youth_members", "members")]
    [InlineData("events.csv", "youth_participants", "participants")]
    [InlineData("trainings.csv", "youth_trainees", "trainees")]
    [InlineData("org_reports.csv", "appeals_offline_resolved", "appeals_offline")]
    public void Write_Part_NeverExceedsItsTotal(string fileName, string part, string total)
    {
        var table = sample.Table(fileName);
        var rows = table.Rows.Where(r => table[r, part].Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.InRange(int.Parse(table[r, part], CultureInfo.InvariantCulture), 0, int.Parse(table[r, total], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Write_WorkersReachedTotal_NeverFallsAndStaysWithinMembersInForce()
    {
        var organisations = sample.Table("organisations.csv");
        var versions = organisations.Rows
            .Where(r => organisations[r, "level"] == "primary")
            .GroupBy(r => organisations[r, "org_id"])
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => (From: organisations[r, "valid_from"], Members: int.Parse(organisations[r, "members"], CultureInfo.InvariantCulture)))
                    .OrderBy(v => v.From, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
        var reports = sample.Table("org_reports.csv");
        foreach (var byOrg in reports.Rows.GroupBy(r => reports[r, "org_id"]))
        {
            var previous = 0;
            foreach (var row in byOrg.OrderBy(r => reports[r, "period"], StringComparer.Ordinal))
            {
                var total = int.Parse(reports[row, "workers_reached_total"], CultureInfo.InvariantCulture);
                var month = int.Parse(reports[row, "workers_reached_month"], CultureInfo.InvariantCulture);
                var lastDay = DateOnly.ParseExact(reports[row, "period"] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1)
                    .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var inForce = versions[byOrg.Key].Where(v => v.From.Length == 0 || string.CompareOrdinal(v.From, lastDay) <= 0).LastOrDefault(versions[byOrg.Key][0]);
                Assert.True(total >= previous, $"{byOrg.Key} {reports[row, "period"]}: {total} after {previous}");
                Assert.InRange(total, month, inForce.Members);
                previous = total;
            }
        }
    }

    [Fact]
    public void Write_Appeals_AnswersComeAfterReceipt()
    {
        var appeals = sample.Table("appeals.csv");
        foreach (var row in appeals.Rows)
        {
            var received = DateTimeOffset.Parse(appeals[row, "received_at"], CultureInfo.InvariantCulture);
            var first = appeals[row, "first_response_at"];
            var resolved = appeals[row, "resolved_at"];
            if (first.Length > 0)
            {
                Assert.True(DateTimeOffset.Parse(first, CultureInfo.InvariantCulture) >= received);
            }

            if (resolved.Length > 0)
            {
                Assert.True(first.Length > 0 && DateTimeOffset.Parse(resolved, CultureInfo.InvariantCulture) >= DateTimeOffset.Parse(first, CultureInfo.InvariantCulture));
            }
        }
    }

    [Theory]
    [InlineData("events.csv", "submitted_at")]
    [InlineData("appeals.csv", "received_at")]
    [InlineData("appeals.csv", "updated_at")]
    [InlineData("cases.csv", "submitted_at")]
    [InlineData("media.csv", "published_at")]
    [InlineData("threat_journal.csv", "position_delivered_at")]
    [InlineData("surveys.csv", "answered_at")]
    public void Write_Timestamps_AreIsoWithTheAlmatyOffset(string fileName, string column)
    {
        var values = sample.Table(fileName).Column(column).Where(v => v.Length > 0).ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Matches(Timestamp(), v));
    }

    [Theory]
    [InlineData("events.csv", "date")]
    [InlineData("cases.csv", "decided_at")]
    [InlineData("trainings.csv", "date")]
    [InlineData("ambassadors.csv", "joined_at")]
    public void Write_Dates_AreIso(string fileName, string column)
    {
        Assert.All(sample.Table(fileName).Column(column), v => Assert.Matches(IsoDate(), v));
    }

    [Fact]
    public void Write_EventsAndSurveys_FallInsideTheCampaign()
    {
        Assert.All(sample.Table("events.csv").Column("date"), d => Assert.InRange(d, "2026-09-01", "2026-12-31"));
        Assert.All(sample.Table("surveys.csv").Column("answered_at"), d => Assert.InRange(d[..10], "2026-09-01", "2026-12-31"));
    }

    [Fact]
    public void Write_Cases_AFewSubmittedBeforeTheCampaign()
    {
        var before = sample.Table("cases.csv").Column("submitted_at").Count(s => string.CompareOrdinal(s, "2026-09-01") < 0);
        Assert.InRange(before, 1, 20);
    }

    [Fact]
    public void Write_Appeals_SomeReceivedAroundMidnight()
    {
        Assert.Contains(sample.Table("appeals.csv").Column("received_at"), t => t[11..13] is "23" or "00");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00$")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
