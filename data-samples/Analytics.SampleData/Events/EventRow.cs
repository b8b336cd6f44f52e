using Analytics.SampleData.Infrastructure;

namespace Analytics.SampleData.Events;

/// <summary>Writes events.csv rows, filling the optional columns the way organisations do.</summary>
internal sealed class EventRow(CsvWriter csv, Random random)
{
    public static readonly IReadOnlyList<string> Columns =
        ["event_id", "org_id", "type", "date", "participants", "youth_participants", "title", "format", "submitted_at"];

    private static readonly WeightedChoice<string?> UsualFormat = new(("offline", 80), ("mixed", 11), ("online", 6), (null, 3));
    private static readonly WeightedChoice<string?> MediaFormat = new(("online", 50), ("mixed", 25), ("offline", 22), (null, 3));
    private static readonly WeightedChoice<int> SubmittedAfterDays = new((0, 15), (1, 55), (2, 30));

    private long _next;

    public void Write(string orgId, EventType type, DateOnly date, int participants, double youthShare, double kazakhShare)
    {
        var id = $"E{++_next:D7}";
        int? youth = random.Chance(0.08)
            ? null
            : Math.Min(participants, (int)Math.Round(participants * Math.Clamp(youthShare * random.Between(0.7, 1.3), 0, 1)));
        var title = random.Chance(0.03) ? null : type.Title(random, random.Chance(kazakhShare));
        var format = type.Code is "day_with_union" or "because_action" or "union_in_numbers" or "launch"
            ? MediaFormat.Next(random)
            : UsualFormat.Next(random);

        csv.Text(id).Text(orgId).Text(type.Code).Date(date).Number(participants).Number(youth)
            .Text(title).Text(format).Time(SubmittedAt(date));
        csv.EndRow();
    }

    private DateTime? SubmittedAt(DateOnly date)
    {
        if (random.Chance(0.05))
        {
            return null;
        }

        var days = SubmittedAfterDays.Next(random);
        return days == 0
            ? CampaignCalendar.At(random, date, 17, 22)
            : CampaignCalendar.At(random, date.AddDays(days), 9, 20);
    }
}
