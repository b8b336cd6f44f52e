using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Media;

/// <summary>media.csv: publications of the federation, the unions and some primaries.</summary>
internal static class MediaWriter
{
    public const string FileName = "media.csv";

    public static readonly IReadOnlyList<string> Columns =
        ["publication_id", "org_id", "published_at", "platform", "format", "project", "reach", "views", "engagements", "url", "best"];

    private static readonly WeightedChoice<string> Platform = new(
        ("website", 15), ("telegram", 20), ("instagram", 22), ("facebook", 12), ("tiktok", 8), ("youtube", 6),
        ("vk", 2), ("tv", 3), ("radio", 2), ("print", 5), ("other", 5));

    // Month k of the campaign mostly publishes for the project of its stage.
    private static readonly int[][] ProjectsByMonth = [[2, 2, 1, 5], [1, 4, 4, 2], [3, 3, 3, 4], [4, 4, 5, 2]];

    public static long Write(SampleContext context)
    {
        var random = context.RandomFor("media");
        using var csv = new CsvWriter(context.PathOf(FileName), Columns);
        var number = 0;
        void Publish(string orgId, int count, double reachMedian)
        {
            for (var i = 0; i < count; i++)
            {
                WriteRow(csv, random, context.Calendar, $"M{++number:D6}", orgId, reachMedian);
            }
        }

        Publish(SampleRegistry.FederationId, random.Between(50, 70), 8_000);
        foreach (var sector in SampleRegistry.Sectors)
        {
            Publish(sector.Id, random.Between(12, 50), 2_500);
        }

        foreach (var territory in SampleRegistry.Territories)
        {
            Publish(territory.Id, random.Between(12, 40), 2_000);
        }

        foreach (var primary in context.Registry.Primaries.Where(p => p.Participates))
        {
            if (random.Chance(primary.IsLarge ? 0.8 : 0.35))
            {
                Publish(primary.Id, random.Between(1, primary.IsLarge ? 8 : 4), 150 + Math.Sqrt(primary.Members) * 20);
            }
        }

        return csv.Rows;
    }

    private static void WriteRow(CsvWriter csv, Random random, CampaignCalendar calendar, string id, string orgId, double reachMedian)
    {
        var platform = Platform.Next(random);
        var format = platform switch
        {
            "tiktok" or "youtube" or "tv" => "video",
            "radio" => "podcast",
            "print" => random.Chance(0.7) ? "text" : "photo",
            "instagram" => random.Pick(["photo", "photo", "video", "infographic"]),
            _ => random.Pick(["text", "text", "photo", "video", "infographic"]),
        };
        var month = random.Between(1, 4);
        var day = calendar.DayInMonth(random, month);
        int? project = random.Chance(0.15) ? null : random.Pick(ProjectsByMonth[month - 1]);
        var broadcast = platform is "tv" or "radio" or "print";
        var reach = (long)random.LogNormal(reachMedian * (broadcast ? 10 : 1), 1.0);
        long? views = broadcast || random.Chance(0.1) ? null : (long)(reach * random.Between(1.0, 1.8));
        long? engagements = views is { } v && random.Chance(0.9) ? (long)(v * random.Between(0.01, 0.08)) : null;
        var url = broadcast ? null : $"https://{platform}.example.org/{orgId.ToLowerInvariant()}/{id.ToLowerInvariant()}";
        bool? best = random.Chance(0.04) ? true : random.Chance(0.5) ? false : null;

        csv.Text(id).Text(orgId).Time(CampaignCalendar.At(random, day, 8, 22)).Text(platform).Text(format)
            .Number(project).Number(reach).Number(views).Number(engagements).Text(url).Flag(best);
        csv.EndRow();
    }
}
