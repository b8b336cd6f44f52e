using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Ambassadors;

/// <summary>
/// ambassadors.csv: the network is built mostly in week 15; about one in eight joined before the campaign.
/// One small sector gets none, so control indicator M4 stays below 100%.
/// </summary>
internal static class AmbassadorsWriter
{
    public const string FileName = "ambassadors.csv";

    public static readonly IReadOnlyList<string> Columns = ["ambassador_id", "org_id", "category", "joined_at", "publications", "events_organised"];

    private static readonly WeightedChoice<string> Category = new(("youth_leader", 35), ("activist", 35), ("primary_chair", 20), ("tech_inspector", 10));

    public static long Write(SampleContext context)
    {
        var random = context.RandomFor("ambassadors");
        var calendar = context.Calendar;
        var registry = context.Registry;
        var withoutNetwork = SampleRegistry.Sectors.MinBy(s => s.Weight)!.Id;
        var candidates = registry.Primaries.Where(p => p.Participates && p.Sector.Id != withoutNetwork).ToList();
        var picker = new WeightedPicker(candidates.Select(p => Math.Sqrt(p.Members)));
        var count = (int)Math.Round(registry.Primaries.Count * context.Scale.AmbassadorsPerPrimary);
        var used = new HashSet<string>(StringComparer.Ordinal);

        using var csv = new CsvWriter(context.PathOf(FileName), Columns);
        for (var i = 0; i < count; i++)
        {
            var level = random.NextDouble();
            var (orgId, open) = level switch
            {
                < 0.1 => (random.Pick(SampleRegistry.Sectors.Where(s => s.Id != withoutNetwork).ToList()).Id, (calendar.Start, calendar.End)),
                < 0.15 => (random.Pick(SampleRegistry.Territories).Id, (calendar.Start, calendar.End)),
                _ => Primary(candidates[picker.Next(random)], calendar),
            };

            var joined = random.NextDouble() switch
            {
                < 0.12 => calendar.Start.AddDays(-random.Between(1, 300)),
                < 0.67 => calendar.DayInWeek(random, 15),
                _ => CampaignCalendar.Between(random, calendar.Start, calendar.End),
            };
            if (joined >= calendar.Start && (joined < open.Item1 || joined > open.Item2))
            {
                joined = open.Item1;
            }

            string id;
            do
            {
                id = "amb-" + random.Hex(12);
            }
            while (!used.Add(id));

            csv.Text(id).Text(orgId).Text(Category.Next(random)).Date(joined)
                .Number(random.Chance(0.05) ? null : (long)random.LogNormal(3, 1.0))
                .Number(random.Chance(0.05) ? null : random.Poisson(1.5));
            csv.EndRow();
        }

        return csv.Rows;
    }

    private static (string, (DateOnly, DateOnly)) Primary(PrimaryOrg primary, CampaignCalendar calendar)
    {
        var first = primary.ActiveFrom > calendar.Start ? primary.ActiveFrom : calendar.Start;
        var last = primary.ActiveUntil <= calendar.End ? primary.ActiveUntil.AddDays(-1) : calendar.End;
        return (primary.Id, (first, last));
    }
}
