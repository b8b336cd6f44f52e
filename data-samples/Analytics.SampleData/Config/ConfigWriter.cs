using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Analytics.SampleData.Config;

/// <summary>campaign.json and targets.json: the configuration that ships with the product.</summary>
internal static class ConfigWriter
{
    public const string CampaignFile = "campaign.json";
    public const string TargetsFile = "targets.json";
    public const int LargePrimaryMinMembers = 500;

    public const string NameRu = "Сильные профсоюзы — сильный голос человека труда";
    public const string NameKk = "Күшті кәсіподақтар — еңбек адамының күшті дауысы";

    /// <summary>The input contract's default targets, verbatim.</summary>
    public const string DefaultTargets = """
        {
          "kpi": { "F1": 0.7, "F2": 10000, "F3": 5000, "F4": 50000, "F5": 0.1,
                   "S1": 0.8, "S2": 1.0, "S3": 1, "S4": 5, "S5": 1,
                   "T1": 0.8, "T2": 1, "T4": 1,
                   "M1": 0.7, "M2": 1.0, "M3": 1.0, "M4": 1.0 },
          "map_colour": { "green_above_percent": 80, "yellow_from_percent": 50 },
          "trust_index": { "c1_full_at_share": 0.7, "c2_full_at_per_100": 2.0,
                           "c3_full_hours": 24, "c3_floor_hours": 360,
                           "band_high_from": 41, "band_stable_from": 31, "band_strengthen_from": 21 },
          "ratings": { "cases_per_100_members_full": 1.0 },
          "threat": { "window_days": 30,
                      "points": { "criticism": 1, "repeated_thesis": 3, "coordinated_publication": 5,
                                  "bypass_structures": 7, "election_interference": 10 },
                      "zone_green_max": 15, "zone_yellow_max": 30, "zone_orange_max": 50,
                      "signs_low_max": 3, "signs_medium_max": 6, "signs_high_max": 10,
                      "deadline_hours": { "low": 24, "medium": 12, "high": 6, "critical": 3 },
                      "milestone_hours": { "facts": 6, "drafted": 12, "delivered": 24 } },
          "barometer": { "emerging_min_weekly": 5, "emerging_sd_factor": 2,
                         "emerging_sd_floor": 1, "emerging_trailing_weeks": 4 },
          "nominations": { "shortlist_size": 10, "trust_leader_min_responses": 10 }
        }

        """;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteCampaign(string path, string startMonth)
    {
        using var stream = File.Create(path);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name_ru", NameRu);
            json.WriteString("name_kk", NameKk);
            json.WriteString("start_month", startMonth);
            json.WriteNumber("months", CampaignCalendar.Months);
            json.WriteString("time_zone", "Asia/Almaty");
            json.WriteNumber("large_primary_min_members", LargePrimaryMinMembers);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    public static void WriteTargets(string path) => File.WriteAllText(path, DefaultTargets, Utf8NoBom);
}
