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
            throw new ConfigurationException(
                $"{sourceName}: файл пуст; ожидается строка заголовков «topic,language,stem,weight».",
                $"{sourceName}: файл бос; «topic,language,stem,weight» тақырып жолы күтіледі.");
        }

        var delimiter = lines[headerIndex].Count(ch => ch == ';') > lines[headerIndex].Count(ch => ch == ',') ? ';' : ',';
        var header = Split(lines[headerIndex], delimiter).Select(name => name.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(column => !header.Contains(column)).ToList();
        if (missing.Count > 0)
        {
            var named = string.Join(", ", missing.Select(column => $"«{column}»"));
            throw new ConfigurationException(
                $"{sourceName}, строка {headerIndex + 1}: в заголовке нет {named}; ожидается «topic,language,stem,weight» (weight необязателен).",
                $"{sourceName}, {headerIndex + 1}-жол: тақырыпта {named} жоқ; «topic,language,stem,weight» күтіледі (weight міндетті емес).");
        }

        int topicAt = header.IndexOf("topic"), languageAt = header.IndexOf("language"), stemAt = header.IndexOf("stem"), weightAt = header.IndexOf("weight");
        var entries = new List<TopicLexiconEntry>();
        var errors = new List<LexiconRowError>();
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
                errors.Add(error.At(sourceName, row));
                continue;
            }

            var key = (entry!.Topic, entry.Language, entry.Stem);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new LexiconRowError(
                    "stem",
                    $"\"{entry.Stem}\" темы {entry.Topic} ({entry.Language}) повторяет строку {first}. Оставьте одну из них.",
                    $"{entry.Topic} ({entry.Language}) тақырыбының \"{entry.Stem}\" түбірі {first}-жолды қайталайды. Біреуін қалдырыңыз.").At(sourceName, row));
                continue;
            }

            seen[key] = row;
            entries.Add(entry with { Row = row });
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(
                $"В словаре тем ошибочных строк: {errors.Count}; словарь не загружен.{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(error => error.Ru))}",
                $"Тақырыптар сөздігінде қате жолдар: {errors.Count}; сөздік жүктелмеді.{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(error => error.Kk))}");
        }

        return entries;
    }

    private static LexiconRowError? Check(string topic, string language, string stem, string weight, out TopicLexiconEntry? entry)
    {
        entry = null;
        topic = topic.ToLowerInvariant();
        if (!AppealTopics.Classified.Contains(topic))
        {
            var topics = string.Join(", ", AppealTopics.Classified);
            var isOther = topic == AppealTopics.Other;
            return new LexiconRowError(
                "topic",
                $"ожидается одна из тем {topics}, найдено \"{topic}\"." + (isOther ? " «other» получает обращение, где не нашлось ни одной основы; основы ей не нужны." : ""),
                $"{topics} тақырыптарының бірі күтіледі, табылғаны \"{topic}\"." + (isOther ? " «other» ешбір түбір табылмаған өтінішке беріледі; оған түбір керек емес." : ""));
        }

        language = language.ToLowerInvariant();
        if (!AppealTopics.Languages.Contains(language))
        {
            return new LexiconRowError("language", $"ожидается ru или kk, найдено \"{language}\".", $"ru немесе kk күтіледі, табылғаны \"{language}\".");
        }

        // Runs of spaces do not matter, nor case, except in a stem written all in capitals: an abbreviation such as
        // СИЗ, which matches only a word in capitals (Kazakh «сиз», "you", typed without і, is not personal protective
        // equipment). The warehouse folds ё, the Kazakh letters and Latin script itself (int_appeals_topics).
        stem = string.Join(' ', stem.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        stem = IsCapitals(stem) ? stem : stem.ToLowerInvariant();
        if (stem.Length < 2 || !stem.All(ch => ch == ' ' || char.IsLetter(ch)))
        {
            return new LexiconRowError(
                "stem",
                $"ожидаются буквы (фраза: слова через пробел), не меньше двух, найдено \"{stem}\".",
                $"әріптер күтіледі (тіркес: бос орынмен бөлінген сөздер), кемінде екеу, табылғаны \"{stem}\".");
        }

        var value = 1m;
        if (weight.Length > 0
            && !decimal.TryParse(weight.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return new LexiconRowError(
                "weight",
                $"ожидается число ≥ 0, например 1 или 0.5 (пусто — 1), найдено \"{weight}\".",
                $"≥ 0 сан күтіледі, мысалы 1 немесе 0.5 (бос болса — 1), табылғаны \"{weight}\".");
        }

        if (value > 100)
        {
            var found = value.ToString(CultureInfo.InvariantCulture);
            return new LexiconRowError("weight", $"ожидается не больше 100, найдено {found}.", $"100-ден аспайтын сан күтіледі, табылғаны {found}.");
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
