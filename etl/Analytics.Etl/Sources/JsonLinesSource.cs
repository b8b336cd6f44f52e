using System.Globalization;
using System.Text.Json;

namespace Analytics.Etl.Sources;

/// <summary>JSON Lines: one object a line, with the contract's field names; the header is every name seen.</summary>
public static class JsonLinesSource
{
    /// <summary>How deep a line's JSON may nest; the contract's objects are flat, so this is generous.</summary>
    public const int MaxDepth = 16;

    /// <summary>The longest line read, in characters (1 MiB); a longer line is quarantined unread.</summary>
    public const int MaxLineLength = 1 << 20;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    public static TabularData Read(byte[] bytes)
    {
        var text = TextDecoding.Decode(bytes, out _);
        var objects = new List<(long Line, Dictionary<string, string?>? Values, RecordProblem? Problem)>();
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

            var (values, problem) = Parse(trimmed);
            objects.Add((line, values, problem));
            foreach (var name in values?.Keys ?? Enumerable.Empty<string>())
            {
                if (seen.Add(name))
                {
                    header.Add(name);
                }
            }
        }

        return new TabularData(header, objects.Select(item => item.Values is null
            ? new RawRecord(item.Line, [], item.Problem)
            : new RawRecord(item.Line, header.Select(name => item.Values.GetValueOrDefault(name)).ToArray())), objects.Count);
    }

    // A line that is not a JSON object is quarantined without its text: it may hold an IIN, a phone or the
    // threat journal's author, and a broken line cannot be scrubbed field by field (methodology §12).
    private static (Dictionary<string, string?>? Values, RecordProblem? Problem) Parse(string line)
    {
        if (line.Length > MaxLineLength)
        {
            return (null, Problem(
                string.Create(CultureInfo.InvariantCulture, $"строка не длиннее {MaxLineLength} символов, найдено {line.Length}"),
                string.Create(CultureInfo.InvariantCulture, $"{MaxLineLength} таңбадан аспайтын жол, табылғаны {line.Length}")));
        }

        try
        {
            using var document = JsonDocument.Parse(line, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Problem("один объект JSON в строке, найдено другое значение", "жолда бір JSON нысаны, басқа мән табылды"));
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

            return (values, null);
        }
        catch (JsonException exception)
        {
            var position = exception.BytePositionInLine is { } bytes ? bytes + 1 : 0;
            return (null, Problem(
                string.Create(CultureInfo.InvariantCulture, $"один объект JSON в строке (вложенность до {MaxDepth}), ошибка около байта {position}"),
                string.Create(CultureInfo.InvariantCulture, $"жолда бір JSON нысаны ({MaxDepth} деңгейге дейін), қате шамамен {position}-байтта")));
        }
    }

    private static RecordProblem Problem(string ru, string kk) => new("not_json_object", ru, kk, null);
}
