using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analytics.Warehouse.Configuration;

internal static class JsonMerge
{
    /// <summary>Top-level keys of <paramref name="overrides"/> replace those of <paramref name="defaults"/>.</summary>
    public static string Merge(string defaults, string overrides, string sourceName)
    {
        var result = JsonNode.Parse(defaults)!.AsObject();
        JsonObject given;
        try
        {
            using (var document = JsonDocument.Parse(overrides))
            {
                StrictJson.RefuseDuplicateKeys(document.RootElement, sourceName);
            }

            given = JsonNode.Parse(overrides)?.AsObject()
                ?? throw new ConfigurationException($"{sourceName}: ожидался объект JSON.", $"{sourceName}: JSON нысаны күтілді.");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw new ConfigurationException(
                $"{sourceName}: это не объект JSON ({exception.Message}).", $"{sourceName}: бұл JSON нысаны емес ({exception.Message}).", exception);
        }

        // a key the defaults do not have is a typo («Months», «month»): refused, or the default would silently stay
        var unknown = given.Select(pair => pair.Key).Where(key => !result.ContainsKey(key)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            var known = string.Join(", ", result.Select(pair => pair.Key));
            throw new ConfigurationException(
                $"{sourceName}: неизвестные ключи {string.Join(", ", unknown.Select(key => $"«{key}»"))}; ожидались: {known}.",
                $"{sourceName}: белгісіз кілттер {string.Join(", ", unknown.Select(key => $"«{key}»"))}; күтілгендері: {known}.");
        }

        foreach (var (key, value) in given)
        {
            result[key] = value?.DeepClone();
        }

        return result.ToJsonString();
    }
}
