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
        return new TabularData(
            header.Select(field => field ?? "").ToList(),
            CheckFieldCount(DelimitedText.Read(path, encoding, delimiter).Skip(1), header.Count),
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
