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

        foreach (var (key, value) in given)
        {
            result[key] = value?.DeepClone();
        }

        return result.ToJsonString();
    }
}
