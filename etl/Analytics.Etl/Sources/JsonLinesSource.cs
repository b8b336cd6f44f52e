using System.Globalization;
using System.Text.Json;

namespace Analytics.Etl.Sources;

/// <summary>JSON Lines: one object a line, with the contract's field names; the header is every name seen.</summary>
public static class JsonLinesSource
{
    public static TabularData Read(byte[] bytes)
    {
        var text = TextDecoding.Decode(bytes, out _);
        var objects = new List<(long Line, Dictionary<string, string?>? Values, string? Raw)>();
        var header = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long line = 0;
        foreach (var content in text.Split('\n'))
        {
            line++;
            var trimmed = content.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var values = Parse(trimmed);
            objects.Add((line, values, values is null ? Shorten(trimmed) : null));
            foreach (var name in values?.Keys ?? Enumerable.Empty<string>())
            {
                if (seen.Add(name))
                {
                    header.Add(name);
                }
            }
        }

        return new TabularData(header, objects.Select(item => item.Values is null
            ? new RawRecord(item.Line, [], new RecordProblem("not_json_object", "объект JSON в строке", "жолда JSON нысаны", item.Raw))
            : new RawRecord(item.Line, header.Select(name => item.Values.GetValueOrDefault(name)).ToArray())), objects.Count);
    }

    private static Dictionary<string, string?>? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => property.Value.GetRawText(),
                };
            }

            return values;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) =>
        text.Length <= 60 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..60]}…");
}
