using System.Globalization;
using System.Text;
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

    public static TabularData Read(string path)
    {
        var objects = new List<(long Line, Dictionary<string, string?>? Values, RecordProblem? Problem)>();
        var header = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long line = 0;
        using var text = TextDecoding.OpenText(path, TextDecoding.Detect(path));
        foreach (var (content, length) in Lines(text))
        {
            line++;
            var trimmed = content.Trim();
            if (trimmed.Length == 0 && length <= MaxLineLength)
            {
                continue;
            }

            var (values, problem) = length > MaxLineLength ? (null, TooLong(length)) : Parse(trimmed);
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
                // a field given twice would be one value or the other: the line is quarantined instead
                if (values.ContainsKey(property.Name))
                {
                    return (null, Problem($"каждое поле один раз, поле «{property.Name}» задано дважды", $"әр өріс бір рет, «{property.Name}» өрісі екі рет берілген"));
                }

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

    /// <summary>
    /// The file's lines split at '\n', with each line's length; a line past <see cref="MaxLineLength"/> is counted
    /// but not kept, so one endless line cannot take the memory.
    /// </summary>
    private static IEnumerable<(string Content, long Length)> Lines(TextReader text)
    {
        var line = new StringBuilder();
        long length = 0;
        var buffer = new char[1 << 16];
        int read;
        while ((read = text.Read(buffer)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            while (!chunk.IsEmpty)
            {
                var end = chunk.Span.IndexOf('\n');
                var part = end < 0 ? chunk : chunk[..end];
                if (length + part.Length <= MaxLineLength)
                {
                    line.Append(part.Span);
                }

                length += part.Length;
                if (end < 0)
                {
                    break;
                }

                yield return (length > MaxLineLength ? "" : line.ToString(), length);
                line.Clear();
                length = 0;
                chunk = chunk[(end + 1)..];
            }
        }

        yield return (length > MaxLineLength ? "" : line.ToString(), length);
    }

    private static RecordProblem TooLong(long length) => Problem(
        string.Create(CultureInfo.InvariantCulture, $"строка не длиннее {MaxLineLength} символов, найдено {length}"),
        string.Create(CultureInfo.InvariantCulture, $"{MaxLineLength} таңбадан аспайтын жол, табылғаны {length}"));

    private static RecordProblem Problem(string ru, string kk) => new("not_json_object", ru, kk, null);
}
