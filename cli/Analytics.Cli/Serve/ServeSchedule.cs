using System.Globalization;
using System.Text.Json.Serialization;
using Analytics.Warehouse.Configuration;

namespace Analytics.Cli.Serve;

/// <summary><c>"serve"</c> of the --config file, as written.</summary>
internal sealed record ServeSection(
    [property: JsonPropertyName("run_at")] string? RunAt,
    [property: JsonPropertyName("monthly_days_after")] int? MonthlyDaysAfter,
    [property: JsonPropertyName("quarterly_days_after")] int? QuarterlyDaysAfter,
    [property: JsonPropertyName("final_days_after")] int? FinalDaysAfter);

/// <summary>
/// When <c>serve</c> prints each family, in Asia/Almaty time: every morning at <see cref="RunAt"/>; a month's reports
/// <see cref="MonthlyDaysAfter"/> days after its last day, the dashboard that many days after a calendar quarter's
/// last day, the final report <see cref="FinalDaysAfter"/> days after the campaign's.
/// </summary>
internal sealed record ServeSchedule(TimeOnly RunAt, int MonthlyDaysAfter, int QuarterlyDaysAfter, int FinalDaysAfter)
{
    public static ServeSchedule Default { get; } = new(new TimeOnly(6, 0), 5, 5, 10);

    /// <summary>Almaty keeps UTC+05:00 all year (methodology §1).</summary>
    public static TimeSpan AlmatyOffset { get; } = TimeSpan.FromHours(5);

    /// <summary><see cref="RunAt"/> in UTC, as the scheduler counts.</summary>
    public TimeOnly RunAtUtc => RunAt.Add(-AlmatyOffset);

    public static ServeSchedule From(ServeSection? section, string? configPath)
    {
        if (section is null)
        {
            return Default;
        }

        var runAt = Default.RunAt;
        if (section.RunAt is { } text && !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out runAt))
        {
            throw Wrong(configPath, "serve.run_at", "время по Алматы ЧЧ:ММ, например \"06:00\"", "Алматы уақыты СС:ММ, мысалы \"06:00\"");
        }

        return new ServeSchedule(
            runAt,
            Days(section.MonthlyDaysAfter, Default.MonthlyDaysAfter, configPath, "serve.monthly_days_after"),
            Days(section.QuarterlyDaysAfter, Default.QuarterlyDaysAfter, configPath, "serve.quarterly_days_after"),
            Days(section.FinalDaysAfter, Default.FinalDaysAfter, configPath, "serve.final_days_after"));
    }

    // At least a day, so that the period has ended in Almaty before its reports are printed.
    private static int Days(int? value, int fallback, string? configPath, string key) => value switch
    {
        null => fallback,
        >= 1 and <= 60 => value.Value,
        _ => throw Wrong(configPath, key, "число дней от 1 до 60", "1-ден 60-қа дейінгі күн саны"),
    };

    private static ConfigurationException Wrong(string? configPath, string key, string expectedRu, string expectedKk) => new(
        $"{configPath ?? "--config"}, ключ {key}: ожидается {expectedRu}.",
        $"{configPath ?? "--config"}, {key} кілті: {expectedKk} күтіледі.");
}
