using System.Globalization;
using nietras.SeparatedValues;

namespace Analytics.Etl.Sources;

/// <summary>
/// RFC 4180 records with ',' or ';' (detected from the header), keeping the line each record starts on; split by
/// Sep, streaming from the file. Blank lines are skipped, their lines still counted.
/// </summary>
public static class DelimitedText
{
    /// <summary>The header is looked for in this many characters at most.</summary>
    private const int HeaderSearchLength = 1 << 20;

    /// <summary>The longest record Sep reads: its buffer's limit.</summary>
    private const int MaxRecordChars = 1 << 24;

    /// <summary>';' when the header's first line has more semicolons than commas outside quotes, else ','.</summary>
    public static char DetectDelimiter(TextReader text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        for (var read = 0; read < HeaderSearchLength; read++)
        {
            var next = text.Read();
            if (next < 0 || (!quoted && next == '\n'))
            {
                break;
            }

            switch ((char)next)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    public static IEnumerable<RawRecord> Read(string path, TextEncoding encoding, char delimiter)
    {
        using var text = TextDecoding.OpenText(path, encoding);
        using var reader = Sep.New(delimiter).Reader(options => options with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
        }).From(text);
        var nextLine = 1;
        while (MoveNext(reader, nextLine))
        {
            nextLine = reader.Current.LineNumberToExcl;
            if (Record(reader.Current) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>The next row, or the file refused with the line its row starts on when Sep cannot hold that row.</summary>
    private static bool MoveNext(SepReader reader, int line)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException exception)
        {
            // Sep stops at a row of more than 16 Mi characters, nearly always a quote never closed.
            throw new InputTooLargeException(
                string.Create(CultureInfo.InvariantCulture,
                    $"запись, начинающаяся в строке {line}, длиннее {MaxRecordChars} символов (предел): вероятно, в ней не закрыта кавычка \". Исправьте эту строку и загрузите файл снова."),
                string.Create(CultureInfo.InvariantCulture,
                    $"{line}-жолдан басталатын жазба {MaxRecordChars} таңбадан ұзын (шек): онда \" тырнақшасы жабылмаған болуы мүмкін. Осы жолды түзетіп, файлды қайта жүктеңіз."),
                exception);
        }
    }

    private static RawRecord? Record(SepReader.Row row)
    {
        if (row.ColCount == 1 && row[0].Span.Length == 0)
        {
            return null;
        }

        var fields = new string?[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return new RawRecord(row.LineNumberFrom, fields);
    }
}
