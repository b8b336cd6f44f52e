using Analytics.Warehouse.Configuration;

namespace Analytics.Warehouse.Tests;

/// <summary>targets.json's figures within what they can mean (input contract, methodology §4–§10).</summary>
public sealed class TargetLimitsTests
{
    [Fact]
    public void ShippedDefaults_AreWithinTheirLimits()
    {
        Assert.Equal(0.7m, TargetSettings.Default["kpi.F1"]);
    }

    [Theory]
    [InlineData("""{ "kpi": { "F1": 1 } }""")]
    [InlineData("""{ "kpi": { "F1": 0, "S3": 0 } }""")]
    [InlineData("""{ "map_colour": { "green_above_percent": 50, "yellow_from_percent": 50 } }""")]
    [InlineData("""{ "threat": { "window_days": 1 } }""")]
    [InlineData("""{ "trust_index": { "c3_full_hours": 359.99, "c3_floor_hours": 360 } }""")]
    [InlineData("""{ "trust_index": { "band_high_from": 50, "band_stable_from": 50, "band_strengthen_from": 0 } }""")]
    [InlineData("""{ "kpi": { "F5": -0.2 } }""")]
    [InlineData("""{ "kpi": { "F5": 1 } }""")]
    public void Targets_AtTheirLimits_AreAccepted(string json)
    {
        Assert.NotNull(TargetSettings.Parse(json, "targets.json"));
    }

    [Theory]
    [InlineData("""{ "kpi": { "F1": 70 } }""", "targets.json, ключ «kpi.F1»: ожидалась доля от 0 до 1 (0.7 = 70 %), найдено 70.")]
    [InlineData("""{ "kpi": { "M2": 1.000000001 } }""", "targets.json, ключ «kpi.M2»: ожидалась доля от 0 до 1 (0.7 = 70 %), найдено 1.000000001.")]
    [InlineData("""{ "kpi": { "F5": 10 } }""", "targets.json, ключ «kpi.F5»: ожидался рост долей от -1 до 1 (0.1 = +10 %), найдено 10.")]
    [InlineData("""{ "kpi": { "S3": -1 } }""", "targets.json, ключ «kpi.S3»: ожидалось число не меньше 0, найдено -1.")]
    [InlineData("""{ "threat": { "points": { "criticism": -1 } } }""", "targets.json, ключ «threat.points.criticism»: ожидалось число не меньше 0, найдено -1.")]
    [InlineData("""{ "threat": { "window_days": 0 } }""", "targets.json, ключ «threat.window_days»: ожидалось целое число не меньше 1, найдено 0.")]
    [InlineData("""{ "barometer": { "emerging_trailing_weeks": 2.5 } }""", "targets.json, ключ «barometer.emerging_trailing_weeks»: ожидалось целое число не меньше 1, найдено 2.5.")]
    [InlineData("""{ "trust_index": { "c2_full_at_per_100": 0 } }""", "targets.json, ключ «trust_index.c2_full_at_per_100»: ожидалось число больше 0, найдено 0.")]
    [InlineData("""{ "map_colour": { "green_above_percent": 130 } }""", "targets.json, ключ «map_colour.green_above_percent»: ожидался процент от 0 до 100, найдено 130.")]
    [InlineData("""{ "map_colour": { "green_above_percent": 30, "yellow_from_percent": 50 } }""", "targets.json, ожидалось map_colour.yellow_from_percent ≤ map_colour.green_above_percent, найдено 50 и 30.")]
    [InlineData("""{ "threat": { "milestone_hours": { "facts": 30 } } }""", "targets.json, ожидалось threat.milestone_hours.facts ≤ threat.milestone_hours.drafted, найдено 30 и 12.")]
    [InlineData("""{ "trust_index": { "c3_full_hours": 360 } }""", "targets.json, ожидалось trust_index.c3_full_hours < trust_index.c3_floor_hours (между ними балл скорости ответа убывает от 10 до 1), найдено 360 и 360.")]
    public void Targets_OutsideTheirLimits_AreRefusedNamingTheKey(string json, string message)
    {
        var refusal = Assert.Throws<ConfigurationException>(() => TargetSettings.Parse(json, "targets.json"));

        Assert.Equal(message, refusal.Message);
        Assert.StartsWith("targets.json, ", refusal.MessageKk, StringComparison.Ordinal);
        Assert.Contains("күтілді", refusal.MessageKk, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "map_colour": { "green_above_percent": 80, "green_above_percent": 90 } }""", "map_colour.green_above_percent")]
    [InlineData("""{ "nominations": { "shortlist_size": 5 }, "nominations": { "shortlist_size": 3 } }""", "nominations")]
    public void KeyGivenTwice_AtAnyDepth_IsRefusedNamingIt(string json, string key)
    {
        var refusal = Assert.Throws<ConfigurationException>(() => TargetSettings.Parse(json, "targets.json"));

        Assert.Equal($"targets.json: ключ «{key}» задан дважды: оставьте одно значение.", refusal.Message);
    }
}
