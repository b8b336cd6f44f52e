using System.Globalization;

namespace Analytics.Etl.Sources;

/// <summary>CSV in UTF-8 or Windows-1251 with ',' or ';', as the contract allows.</summary>
public static class CsvSource
{
    public static TabularData Read(byte[] bytes)
    {
        var text = TextDecoding.Decode(bytes, out _);
        var records = DelimitedText.Read(text, DelimitedText.DetectDelimiter(text));
        var enumerator = records.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            enumerator.Dispose();
            return new TabularData([], []);
        }

        var header = enumerator.Current.Fields.Select(field => field ?? "").ToList();
        // Lines less the header: exact unless quoted fields span lines, which is good enough for progress.
        var lines = text.AsSpan().Count('\n') + (text.EndsWith('\n') ? 0 : 1);
        return new TabularData(header, CheckFieldCount(enumerator, header.Count), Math.Max(0, lines - 1));
    }

    private static IEnumerable<RawRecord> CheckFieldCount(IEnumerator<RawRecord> enumerator, int fieldCount)
    {
        using (enumerator)
        {
            while (enumerator.MoveNext())
            {
                var record = enumerator.Current;
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
}
