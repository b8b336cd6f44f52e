using System.Globalization;

namespace Analytics.Etl.Sources;

/// <summary>CSV in UTF-8 or Windows-1251 with ',' or ';', as the contract allows, streamed from the file.</summary>
public static class CsvSource
{
    public static TabularData Read(string path)
    {
        var encoding = TextDecoding.Detect(path);
        char delimiter;
        using (var text = TextDecoding.OpenText(path, encoding))
        {
            delimiter = DelimitedText.DetectDelimiter(text);
        }

        var header = DelimitedText.Read(path, encoding, delimiter).Select(record => record.Fields).FirstOrDefault();
        if (header is null)
        {
            return new TabularData([], []);
        }

        // Lines less the header: exact unless quoted fields span lines, which is good enough for progress.
        var lines = encoding.Newlines + (EndsWithNewline(path) ? 0 : 1);
        var records = CheckFieldCount(DelimitedText.Read(path, encoding, delimiter).Skip(1), header.Count);
        return new TabularData(
            header.Select(field => field ?? "").ToList(),
            encoding.Encoding.CodePage == 1251 ? CheckUtf8Fields(records, encoding.Encoding, header) : records,
            Math.Max(0, lines - 1));
    }

    private static bool EndsWithNewline(string path)
    {
        using var stream = File.OpenRead(path);
        if (stream.Length == 0)
        {
            return false;
        }

        stream.Position = stream.Length - 1;
        return stream.ReadByte() == '\n';
    }

    /// <summary>
    /// A file of Windows-1251 holding records in UTF-8 (lines pasted from another file): such a field, read as
    /// Windows-1251, would load as mojibake («Р‘С–СЂС‹ТЈТ“Р°Р№» for «Бірыңғай»). Its bytes are valid UTF-8 with a
    /// letter of more than one byte, which Windows-1251 text almost never is (<see cref="TextDecoding"/>): the record
    /// is quarantined, saying so, without its text.
    /// </summary>
    private static IEnumerable<RawRecord> CheckUtf8Fields(IEnumerable<RawRecord> records, System.Text.Encoding windows1251, IReadOnlyList<string?> header)
    {
        foreach (var record in records)
        {
            var field = record.Problem is null ? FirstUtf8Field(record, windows1251) : null;
            if (field is not { } number)
            {
                yield return record;
                continue;
            }

            var column = header.ElementAtOrDefault(number - 1)?.Trim();
            yield return record with
            {
                Problem = new RecordProblem(
                    "mixed_encoding",
                    string.Create(CultureInfo.InvariantCulture,
                        $"текст в кодировке файла (Windows-1251), а поле {number} («{column}») записано в UTF-8: сохраните весь файл в одной кодировке, лучше в UTF-8"),
                    string.Create(CultureInfo.InvariantCulture,
                        $"файл кодтауындағы мәтін (Windows-1251), ал {number}-өріс («{column}») UTF-8 кодтауында жазылған: бүкіл файлды бір кодтауда, жақсысы UTF-8-де сақтаңыз"),
                    null),
            };
        }
    }

    private static int? FirstUtf8Field(RawRecord record, System.Text.Encoding windows1251)
    {
        for (var i = 0; i < record.Fields.Count; i++)
        {
            if (record.Fields[i] is { } text && text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F')
                && System.Text.Unicode.Utf8.IsValid(windows1251.GetBytes(text)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static IEnumerable<RawRecord> CheckFieldCount(IEnumerable<RawRecord> records, int fieldCount)
    {
        foreach (var record in records)
        {
            yield return record.Fields.Count == fieldCount
                ? record
                : record with
                {
                    Problem = new RecordProblem(
                        "field_count",
                        string.Create(CultureInfo.InvariantCulture, $"{fieldCount} полей, как в заголовке"),
                        string.Create(CultureInfo.InvariantCulture, $"тақырыптағыдай {fieldCount} өріс"),
                        record.Fields.Count.ToString(CultureInfo.InvariantCulture)),
                };
        }
    }
}
