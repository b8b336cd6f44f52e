using System.Globalization;
using System.Text.Json;

namespace Analytics.Warehouse.Configuration;

/// <summary>targets.json flattened to dotted keys ('kpi.F1', 'threat.points.criticism'); keys it lacks keep the defaults.</summary>
public sealed class TargetSettings
{
    private TargetSettings(IReadOnlyDictionary<string, decimal> values) => Values = values;

    public IReadOnlyDictionary<string, decimal> Values { get; }

    public decimal this[string key] => Values.TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"targets.json has no key «{key}».");

    public static TargetSettings Default => Parse(ShippedConfiguration.Read("targets.json"), "targets.json (shipped)");

    public static TargetSettings Parse(string json, string sourceName)
    {
        var defaults = Flatten(ShippedConfiguration.Read("targets.json"), "targets.json (shipped)");
        var given = Flatten(json, sourceName);
        foreach (var key in given.Keys)
        {
            if (!defaults.ContainsKey(key))
            {
                throw new ConfigurationException(
                    $"{sourceName}: неизвестный ключ «{key}». Известные ключи: {string.Join(", ", defaults.Keys.Order(StringComparer.Ordinal))}.",
                    $"{sourceName}: белгісіз кілт «{key}». Белгілі кілттер: {string.Join(", ", defaults.Keys.Order(StringComparer.Ordinal))}.");
            }
        }

        var merged = new SortedDictionary<string, decimal>(defaults, StringComparer.Ordinal);
        foreach (var (key, value) in given)
        {
            merged[key] = value;
        }

        TargetLimits.Check(merged, sourceName);
        return new TargetSettings(merged);
    }

    private static Dictionary<string, decimal> Flatten(string json, string sourceName)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using var document = ParseDocument(json, sourceName);
        StrictJson.RefuseDuplicateKeys(document.RootElement, sourceName);
        Walk(document.RootElement, prefix: "", values, sourceName);
        return values;
    }

    private static JsonDocument ParseDocument(string json, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new ConfigurationException(
                $"{sourceName}: это не JSON ({exception.Message}).", $"{sourceName}: бұл JSON емес ({exception.Message}).", exception);
        }
    }

    private static void Walk(JsonElement element, string prefix, Dictionary<string, decimal> values, string sourceName)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", values, sourceName);
                }

                break;
            case JsonValueKind.Number:
                values[prefix] = element.GetDecimal();
                break;
            default:
                throw new ConfigurationException(
                    string.Create(CultureInfo.InvariantCulture, $"{sourceName}, ключ «{prefix}»: ожидалось число, найдено {element.ValueKind.ToString().ToLowerInvariant()}."),
                    string.Create(CultureInfo.InvariantCulture, $"{sourceName}, «{prefix}» кілті: сан күтілді, табылғаны {element.ValueKind.ToString().ToLowerInvariant()}."));
        }
    }
}
