using Analytics.SampleData.Infrastructure;
using Analytics.SampleData.Registry;

namespace Analytics.SampleData.Threats;

/// <summary>
/// threat_journal.csv, kept by the sector unions (and a few territories). Most unions see a little
/// criticism; a few are watched more closely; one escalates in the last month, so every zone of the
/// traffic light occurs. Milestones mostly meet the response matrix's deadlines; some are late or missing.
/// </summary>
internal static class ThreatJournalWriter
{
    public const string FileName = "threat_journal.csv";

    public static readonly IReadOnlyList<string> Columns =
    [
        "entry_id", "org_id", "detected_at", "source_type", "source_name", "author", "summary", "reach",
        "sign", "level", "facts_collected_at", "position_drafted_at", "position_delivered_at",
    ];

    private static readonly WeightedChoice<string> SourceType = new(
        ("media", 18), ("telegram", 25), ("youtube", 6), ("tiktok", 8), ("instagram", 10), ("facebook", 10),
        ("statement", 6), ("member_appeal", 12), ("other", 5));

    private static readonly WeightedChoice<string> CalmSign = new(("criticism", 85), ("repeated_thesis", 13), ("coordinated_publication", 2));
    private static readonly WeightedChoice<string> WatchedSign = new(("criticism", 50), ("repeated_thesis", 30), ("coordinated_publication", 15), ("bypass_structures", 5));
    private static readonly WeightedChoice<string> HotSign = new(
        ("criticism", 25), ("repeated_thesis", 25), ("coordinated_publication", 25), ("bypass_structures", 15), ("election_interference", 10));

    /// <summary>Writes the journal; returns the row count and the sector union that escalates.</summary>
    public static (long Rows, string HotOrgId) Write(SampleContext context)
    {
        var random = context.RandomFor("threat_journal");
        var calendar = context.Calendar;
        var factor = context.Scale.JournalFactor;
        var sectors = SampleRegistry.Sectors.Select(s => s.Id).ToArray();
        random.Shuffle(sectors);
        var hot = sectors[0];
        var watched = sectors.Skip(1).Take(3).ToHashSet(StringComparer.Ordinal);

        var entries = new List<(DateTime At, string OrgId, string Sign)>();
        foreach (var sector in SampleRegistry.Sectors)
        {
            if (sector.Id == hot)
            {
                AddEntries(entries, random, sector.Id, (int)(8 * factor), calendar.Start, calendar.MonthEnd(3), CalmSign);
                AddEntries(entries, random, sector.Id, (int)(24 * factor), calendar.MonthStart(4), calendar.End, HotSign);
            }
            else if (watched.Contains(sector.Id))
            {
                AddEntries(entries, random, sector.Id, (int)(random.Between(18, 30) * factor), calendar.Start, calendar.End, WatchedSign);
            }
            else if (random.Chance(0.85))
            {
                AddEntries(entries, random, sector.Id, (int)(random.Between(2, 9) * factor), calendar.Start, calendar.End, CalmSign);
            }
        }

        foreach (var territory in SampleRegistry.Territories.Where(_ => random.Chance(0.25)))
        {
            AddEntries(entries, random, territory.Id, random.Between(1, 5), calendar.Start, calendar.End, CalmSign);
        }

        using var csv = new CsvWriter(context.PathOf(FileName), Columns);
        var number = 0;
        foreach (var (at, orgId, sign) in entries.OrderBy(e => e.At).ThenBy(e => e.OrgId, StringComparer.Ordinal))
        {
            WriteRow(csv, random, $"J{++number:D5}", orgId, at, sign);
        }

        return (csv.Rows, hot);
    }

    private static void AddEntries(List<(DateTime, string, string)> entries, Random random, string orgId, int count, DateOnly first, DateOnly last, WeightedChoice<string> signs)
    {
        for (var i = 0; i < count; i++)
        {
            var day = CampaignCalendar.Between(random, first, last);
            entries.Add((CampaignCalendar.At(random, day, 7, 23), orgId, signs.Next(random)));
        }
    }

    private static void WriteRow(CsvWriter csv, Random random, string id, string orgId, DateTime detectedAt, string sign)
    {
        var sourceType = SourceType.Next(random);
        var level = sign switch
        {
            "criticism" => random.Chance(0.8) ? "low" : "medium",
            "repeated_thesis" => random.Chance(0.7) ? "medium" : "low",
            "coordinated_publication" => random.Chance(0.7) ? "high" : "medium",
            "bypass_structures" => random.Chance(0.6) ? "high" : "critical",
            _ => "critical",
        };
        var deadlineHours = level switch { "low" => 24, "medium" => 12, "high" => 6, _ => 3 };

        // Delivered within the deadline most of the time; facts and draft come before delivery.
        var deliveredAfter = random.Chance(0.82) ? deadlineHours * random.Between(0.35, 0.98) : deadlineHours * random.Between(1.1, 3.0);
        DateTime? facts = random.Chance(0.03) ? null : detectedAt.AddMinutes(deliveredAfter * random.Between(0.15, 0.4) * 60);
        DateTime? drafted = random.Chance(0.04) ? null : detectedAt.AddMinutes(deliveredAfter * random.Between(0.5, 0.9) * 60);
        DateTime? delivered = random.Chance(0.08) ? null : detectedAt.AddMinutes(deliveredAfter * 60);

        csv.Text(id).Text(orgId).Time(detectedAt).Text(sourceType)
            .Text(random.Chance(0.9) ? random.Pick(ThreatTexts.Sources[sourceType]) : null)
            .Text(random.Chance(0.6) ? random.Pick(ThreatTexts.Authors) : null)
            .Text(random.Chance(0.92) ? random.Pick(ThreatTexts.Summaries[sign]) : null)
            .Number(random.Chance(0.85) ? (long)random.LogNormal(3_000, 1.2) : null)
            .Text(sign).Text(level).Time(facts).Time(drafted).Time(delivered);
        csv.EndRow();
    }
}
