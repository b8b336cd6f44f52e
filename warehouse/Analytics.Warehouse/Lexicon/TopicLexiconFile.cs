using System.Globalization;
using System.Text;
using Analytics.Warehouse.Configuration;

namespace Analytics.Warehouse.Lexicon;

/// <summary>
/// Reads topic-lexicon.csv: columns topic, language, stem and an optional weight (default 1), delimiter ',' or ';',
/// UTF-8. Blank lines and lines starting with '#' are notes for the analysts. Every bad row is reported, not only
/// the first.
/// </summary>
public static class TopicLexiconFile
{
    private static readonly string[] RequiredColumns = ["topic", "language", "stem"];

    public static IReadOnlyList<TopicLexiconEntry> Parse(string text, string sourceName)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headerIndex = Array.FindIndex(lines, line => !IsNote(line));
        if (headerIndex < 0)
        {
            throw new ConfigurationException($"{sourceName}: the file is empty; expected a header row «topic,language,stem,weight».");
        }

        var delimiter = lines[headerIndex].Count(ch => ch == ';') > lines[headerIndex].Count(ch => ch == ',') ? ';' : ',';
        var header = Split(lines[headerIndex], delimiter).Select(name => name.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(column => !header.Contains(column)).ToList();
        if (missing.Count > 0)
        {
            throw new ConfigurationException(
                $"{sourceName}, row {headerIndex + 1}: the header lacks {string.Join(", ", missing.Select(column => $"«{column}»"))}; expected «topic,language,stem,weight» (weight optional).");
        }

        int topicAt = header.IndexOf("topic"), languageAt = header.IndexOf("language"), stemAt = header.IndexOf("stem"), weightAt = header.IndexOf("weight");
        var entries = new List<TopicLexiconEntry>();
        var errors = new List<string>();
        var seen = new Dictionary<(string, string, string), int>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (IsNote(lines[i]))
            {
                continue;
            }

            var row = i + 1;
            var cells = Split(lines[i], delimiter);
            string Cell(int at) => at >= 0 && at < cells.Count ? cells[at].Trim() : "";
            var error = Check(Cell(topicAt), Cell(languageAt), Cell(stemAt), weightAt < 0 ? "" : Cell(weightAt), out var entry);
            if (error is not null)
            {
                errors.Add($"{sourceName}, row {row}, {error}");
                continue;
            }

            var key = (entry!.Topic, entry.Language, entry.Stem);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add($"{sourceName}, row {row}, column «stem»: \"{entry.Stem}\" of topic {entry.Topic} ({entry.Language}) repeats row {first}. Keep one of them.");
                continue;
            }

            seen[key] = row;
            entries.Add(entry with { Row = row });
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(
                $"The topic lexicon has {errors.Count} bad row(s); nothing was loaded.{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return entries;
    }

    private static string? Check(string topic, string language, string stem, string weight, out TopicLexiconEntry? entry)
    {
        entry = null;
        topic = topic.ToLowerInvariant();
        if (!AppealTopics.Classified.Contains(topic))
        {
            return $"column «topic»: expected one of {string.Join(", ", AppealTopics.Classified)}, found \"{topic}\"."
                + (topic == AppealTopics.Other ? " «other» is what an appeal gets when no stem matches; it needs no stems." : "");
        }

        language = language.ToLowerInvariant();
        if (!AppealTopics.Languages.Contains(language))
        {
            return $"column «language»: expected ru or kk, found \"{language}\".";
        }

        // Runs of spaces do not matter, nor case, except in a stem written all in capitals: an abbreviation such as
        // СИЗ, which matches only a word in capitals (Kazakh «сиз», "you", typed without і, is not personal protective
        // equipment). The warehouse folds ё, the Kazakh letters and Latin script itself (int_appeals_topics).
        stem = string.Join(' ', stem.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        stem = IsCapitals(stem) ? stem : stem.ToLowerInvariant();
        if (stem.Length < 2 || !stem.All(ch => ch == ' ' || char.IsLetter(ch)))
        {
            return $"column «stem»: expected letters (a phrase: words separated by spaces), at least two, found \"{stem}\".";
        }

        var value = 1m;
        if (weight.Length > 0
            && !decimal.TryParse(weight.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return $"column «weight»: expected a number ≥ 0 such as 1 or 0.5 (empty means 1), found \"{weight}\".";
        }

        if (value > 100)
        {
            return $"column «weight»: expected at most 100, found {value.ToString(CultureInfo.InvariantCulture)}.";
        }

        entry = new TopicLexiconEntry(topic, language, stem, value, 0);
        return null;
    }

    /// <summary>Written all in capitals: every letter upper-case (СИЗ), at least two of them.</summary>
    public static bool IsCapitals(string stem) =>
        stem.Count(char.IsLetter) >= 2 && stem.Where(char.IsLetter).All(char.IsUpper);

    private static bool IsNote(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');

    /// <summary>Cells of one line; a cell may be quoted ("1,5" where ',' is also the delimiter).</summary>
    private static List<string> Split(string line, char delimiter)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (ch == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == delimiter && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
