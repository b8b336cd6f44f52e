using System.Data;
using System.Reflection;
using System.Text.Json;
using Dapper;

namespace Analytics.Warehouse.Threats;

/// <summary>
/// Puts the texts of the algorithm's appendices 1 and 6 (<c>threat-response.json</c>, shipped inside the product) into
/// config.threat_response and the zones' codes into config.threat_zone_codes, at every build.
/// </summary>
public static class ThreatResponseTable
{
    private const string ResourceName = "Threats/threat-response.json";

    private static readonly string[] Languages = ["kk", "ru"];

    public static void Refresh(IDbConnection connection, IDbTransaction? transaction = null)
    {
        using var document = JsonDocument.Parse(Read());
        var root = document.RootElement;
        var texts = new List<TextRow>();
        foreach (var appendix in new[] { "1", "6" })
        {
            foreach (var language in Languages)
            {
                texts.Add(new TextRow("appendix", appendix, language, "title", 1, root.GetProperty("appendix_" + appendix).GetProperty(language).GetString()!));
            }
        }

        var zones = root.GetProperty("zones").EnumerateArray().ToList();
        foreach (var zone in zones)
        {
            texts.AddRange(Flatten("zone", zone.GetProperty("zone").GetString()!, zone));
        }

        texts.AddRange(Flatten("regime", "special", root.GetProperty("special_regime")));
        foreach (var level in root.GetProperty("levels").EnumerateArray())
        {
            texts.AddRange(Flatten("level", level.GetProperty("level").GetString()!, level));
        }

        TableRows.Replace(connection, transaction, "config.threat_response", texts,
            text => [text.Subject, text.Key, text.Language, text.Item, text.Position, text.Text]);
        TableRows.Replace(connection, transaction, "config.threat_zone_codes", zones,
            zone => [zone.GetProperty("zone").GetString(), zone.GetProperty("inform_federation").GetString(), zone.GetProperty("monitoring").GetString()]);
    }

    /// <summary>Each language's texts: a string is item 1, a list gives items 1..n in order.</summary>
    private static IEnumerable<TextRow> Flatten(string subject, string key, JsonElement element) =>
        from language in Languages
        from item in element.GetProperty(language).EnumerateObject()
        from line in item.Value.ValueKind == JsonValueKind.Array
            ? item.Value.EnumerateArray().Select((value, i) => (Position: i + 1, Text: value.GetString()!))
            : [(Position: 1, Text: item.Value.GetString()!)]
        select new TextRow(subject, key, language, item.Name, line.Position, line.Text);

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The product lacks its resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record TextRow(string Subject, string Key, string Language, string Item, int Position, string Text);
}
