using System.Text.Json;

namespace Analytics.Warehouse.Configuration;

/// <summary>A configuration file's key given twice in one object is refused, not the last one silently winning.</summary>
internal static class StrictJson
{
    /// <exception cref="ConfigurationException">A key is given twice; the message names it with its path.</exception>
    public static void RefuseDuplicateKeys(JsonElement element, string sourceName)
    {
        if (FirstDuplicate(element, prefix: "") is { } key)
        {
            throw new ConfigurationException(
                $"{sourceName}: ключ «{key}» задан дважды: оставьте одно значение.",
                $"{sourceName}: «{key}» кілті екі рет берілген: бір мәнін қалдырыңыз.");
        }
    }

    private static string? FirstDuplicate(JsonElement element, string prefix)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(item => FirstDuplicate(item, prefix)).FirstOrDefault(found => found is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            if (!seen.Add(property.Name))
            {
                return path;
            }

            if (FirstDuplicate(property.Value, path) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
