using System.Text;

namespace Analytics.Etl.Sources;

/// <summary>RFC 4180 records with ',' or ';' (detected from the header), keeping the line each record starts on.</summary>
public static class DelimitedText
{
    public static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && ch == '\n')
            {
                break;
            }
            else if (!quoted && ch == ',')
            {
                commas++;
            }
            else if (!quoted && ch == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    public static IEnumerable<RawRecord> Read(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        var i = 0;

        while (i < text.Length)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                i++;
                continue;
            }

            if (ch == '"' && field.Length == 0 && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (!(fields.Count == 1 && fields[0].Length == 0))
                {
                    yield return new RawRecord(recordLine, fields.ToArray());
                }

                fields.Clear();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(ch);
                fieldStarted = true;
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new RawRecord(recordLine, fields.ToArray());
        }
    }
}
