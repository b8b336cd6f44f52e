using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Trainings;

/// <summary>trainings.csv: activists' training, mostly in week 13 (stage 4), by unions and some primaries.</summary>
internal static class TrainingsWriter
{
    public const string FileName = "trainings.csv";

    public static readonly IReadOnlyList<string> Columns = ["training_id", "org_id", "date", "topic", "trainees", "youth_trainees"];

    private static readonly WeightedChoice<string> Topic = new(
        ("communications", 18), ("appeals", 18), ("digital_tools", 14), ("disinformation", 12), ("social_media", 14),
        ("chair_school", 10), ("young_leader_school", 10), ("other", 4));

    public static long Write(SampleContext context)
    {
        var random = context.RandomFor("trainings");
        var calendar = context.Calendar;
        using var csv = new CsvWriter(context.PathOf(FileName), Columns);
        var number = 0;
        void Train(string orgId, int count, int maxTrainees, (DateOnly First, DateOnly Last) open)
        {
            for (var i = 0; i < count; i++)
            {
                var week13 = calendar.Week(13);
                var date = random.Chance(0.5) && week13.First >= open.First && week13.Last <= open.Last
                    ? CampaignCalendar.Between(random, week13.First, week13.Last)
                    : CampaignCalendar.Between(random, open.First, open.Last);
                var topic = Topic.Next(random);
                var trainees = random.Between(5, maxTrainees);
                int? youth = random.Chance(0.1) ? null
                    : (int)Math.Round(trainees * (topic == "young_leader_school" ? random.Between(0.7, 1.0) : random.Between(0.1, 0.5)));
                csv.Text($"TR{++number:D6}").Text(orgId).Date(date).Text(topic).Number(trainees).Number(youth);
                csv.EndRow();
            }
        }

        var campaign = (calendar.Start, calendar.End);
        Train(SampleRegistry.FederationId, random.Between(2, 4), 150, campaign);
        foreach (var sector in SampleRegistry.Sectors)
        {
            Train(sector.Id, random.Between(2, 7), 120, campaign);
        }

        foreach (var territory in SampleRegistry.Territories)
        {
            Train(territory.Id, random.Between(2, 6), 100, campaign);
        }

        foreach (var primary in context.Registry.Primaries.Where(p => p.Participates))
        {
            if (random.Chance(primary.IsLarge ? 0.45 : 0.08) && primary.OpenDays(calendar, 4) is not null)
            {
                var first = primary.ActiveFrom > calendar.Start ? primary.ActiveFrom : calendar.Start;
                var last = primary.ActiveUntil <= calendar.End ? primary.ActiveUntil.AddDays(-1) : calendar.End;
                Train(primary.Id, random.Between(1, 2), Math.Clamp(primary.Members / 5, 6, 60), (first, last));
            }
        }

        return csv.Rows;
    }
}
