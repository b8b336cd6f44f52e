using System.Globalization;

namespace Analytics.Warehouse.Configuration;

/// <summary>
/// What each of targets.json's figures may be, so that a slip (a share written as a percent, a threshold below the one
/// it must exceed, a negative count) stops the batch with a message rather than giving figures that can never be, or
/// always are, met.
/// </summary>
internal static class TargetLimits
{
    /// <summary>KPI targets and criteria read as a share of 1 (0.7 = 70 %).</summary>
    private static readonly string[] Shares =
        ["kpi.F1", "kpi.S1", "kpi.S2", "kpi.T1", "kpi.M1", "kpi.M2", "kpi.M3", "kpi.M4", "trust_index.c1_full_at_share"];

    /// <summary>Growth read as a share of 1 (0.1 = +10 %): a percent typed for it would be a target no federation meets.</summary>
    private static readonly string[] Growths = ["kpi.F5"];

    private static readonly string[] Counts =
    [
        "kpi.F2", "kpi.F3", "kpi.F4", "kpi.S3", "kpi.S4", "kpi.S5", "kpi.T2", "kpi.T4", "threat.points.", "threat.zone_", "threat.signs_",
        "barometer.emerging_min_weekly", "barometer.emerging_sd_floor",
    ];

    /// <summary>Divisors and durations: a zero would divide by zero or make every deadline missed.</summary>
    private static readonly string[] Positive =
    [
        "trust_index.c1_full_at_share", "trust_index.c2_full_at_per_100", "trust_index.c3_full_hours", "ratings.cases_per_100_members_full",
        "threat.deadline_hours.", "threat.milestone_hours.", "barometer.emerging_sd_factor",
    ];

    private static readonly string[] WholeFromOne = ["threat.window_days", "barometer.emerging_trailing_weeks", "nominations.shortlist_size"];

    /// <summary>No count below 5 is shown for a single primary (methodology §12), so the trust leader needs at least 5 answers (§15).</summary>
    private const int FewestResponses = 5;

    private static readonly string[] Percents = ["map_colour."];

    private static readonly string[] IndexPoints = ["trust_index.band_"];

    /// <summary>Thresholds that must not decrease along each list.</summary>
    private static readonly string[][] Ascending =
    [
        ["map_colour.yellow_from_percent", "map_colour.green_above_percent"],
        ["trust_index.band_strengthen_from", "trust_index.band_stable_from", "trust_index.band_high_from"],
        ["threat.zone_green_max", "threat.zone_yellow_max", "threat.zone_orange_max"],
        ["threat.signs_low_max", "threat.signs_medium_max", "threat.signs_high_max"],
        ["threat.deadline_hours.critical", "threat.deadline_hours.high", "threat.deadline_hours.medium", "threat.deadline_hours.low"],
        ["threat.milestone_hours.facts", "threat.milestone_hours.drafted", "threat.milestone_hours.delivered"],
    ];

    public static void Check(IReadOnlyDictionary<string, decimal> targets, string sourceName)
    {
        Each(targets, sourceName, Shares, value => value is >= 0 and <= 1,
            "ожидалась доля от 0 до 1 (0.7 = 70 %)", "0-ден 1-ге дейінгі үлес (0.7 = 70 %)");
        Each(targets, sourceName, Growths, value => value is >= -1 and <= 1,
            "ожидался рост долей от -1 до 1 (0.1 = +10 %)", "-1-ден 1-ге дейінгі үлеспен өсу (0.1 = +10 %)");
        Each(targets, sourceName, Counts, value => value >= 0, "ожидалось число не меньше 0", "0-ден кем емес сан");
        Each(targets, sourceName, Positive, value => value > 0, "ожидалось число больше 0", "0-ден үлкен сан");
        Each(targets, sourceName, WholeFromOne, value => value >= 1 && value == decimal.Truncate(value),
            "ожидалось целое число не меньше 1", "1-ден кем емес бүтін сан");
        Each(targets, sourceName, Percents, value => value is >= 0 and <= 100, "ожидался процент от 0 до 100", "0-ден 100-ге дейінгі пайыз");
        Each(targets, sourceName, IndexPoints, value => value is >= 0 and <= 50,
            "ожидался балл индекса доверия от 0 до 50", "0-ден 50-ге дейінгі сенім индексінің балы");
        foreach (var keys in Ascending)
        {
            foreach (var (lower, upper) in keys.Zip(keys.Skip(1)))
            {
                if (targets[lower] > targets[upper])
                {
                    throw Refused(sourceName, $"ожидалось {lower} ≤ {upper}, найдено {targets[lower]} и {targets[upper]}",
                        $"{lower} ≤ {upper} күтілді, табылғаны {targets[lower]} және {targets[upper]}");
                }
            }
        }

        const string responses = "nominations.trust_leader_min_responses";
        if (targets[responses] < FewestResponses || targets[responses] != decimal.Truncate(targets[responses]))
        {
            throw Refused(sourceName,
                $"ключ «{responses}»: ожидалось целое число не меньше {FewestResponses}, найдено {targets[responses]}. Меньше {FewestResponses} ответов на одну первичную организацию показывать нельзя (методология §12, §15)",
                $"«{responses}» кілті: {FewestResponses}-тен кем емес бүтін сан күтілді, табылғаны {targets[responses]}. Бір бастауыш ұйым бойынша {FewestResponses}-тен аз жауапты көрсетуге болмайды (әдістеме §12, §15)");
        }

        const string full = "trust_index.c3_full_hours";
        const string floor = "trust_index.c3_floor_hours";
        if (targets[full] >= targets[floor])
        {
            throw Refused(sourceName,
                $"ожидалось {full} < {floor} (между ними балл скорости ответа убывает от 10 до 1), найдено {targets[full]} и {targets[floor]}",
                $"{full} < {floor} күтілді (олардың арасында жауап жылдамдығының балы 10-нан 1-ге дейін кемиді), табылғаны {targets[full]} және {targets[floor]}");
        }
    }

    /// <param name="keys">Keys, or prefixes ending in '.' or '_' that stand for every key beginning so.</param>
    private static void Each(
        IReadOnlyDictionary<string, decimal> targets, string sourceName, IEnumerable<string> keys, Func<decimal, bool> allowed, string expectedRu, string expectedKk)
    {
        foreach (var pattern in keys)
        {
            IEnumerable<string> named = pattern.EndsWith('.') || pattern.EndsWith('_')
                ? targets.Keys.Where(key => key.StartsWith(pattern, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                : [pattern];
            foreach (var key in named)
            {
                if (!allowed(targets[key]))
                {
                    throw Refused(sourceName, $"ключ «{key}»: {expectedRu}, найдено {targets[key]}", $"«{key}» кілті: {expectedKk} күтілді, табылғаны {targets[key]}");
                }
            }
        }
    }

    private static ConfigurationException Refused(string sourceName, FormattableString ru, FormattableString kk) =>
        new($"{sourceName}, {ru.ToString(CultureInfo.InvariantCulture)}.", $"{sourceName}, {kk.ToString(CultureInfo.InvariantCulture)}.");
}
