using System.Globalization;
using System.Text;

namespace Analytics.SampleData.Appeals;

/// <summary>Puts an appeal text together from <see cref="AppealTexts"/>: opener, the topic's sentence(s), a detail, a closer.</summary>
internal static class AppealComposer
{
    public static string Compose(Random random, string topic, string kind, bool kazakh, int? satisfaction)
    {
        var phrases = AppealTexts.ByTopic[topic];
        var core = kazakh ? phrases.CoreKk : phrases.CoreRu;
        var parts = new List<string>(5);

        if (kind == "rating")
        {
            parts.Add(random.Pick(satisfaction switch
            {
                >= 4 => kazakh ? AppealTexts.RatingGoodKk : AppealTexts.RatingGoodRu,
                3 => kazakh ? AppealTexts.RatingMiddleKk : AppealTexts.RatingMiddleRu,
                _ => kazakh ? AppealTexts.RatingPoorKk : AppealTexts.RatingPoorRu,
            }));
            return Join(random, parts);
        }

        if (random.Chance(0.6))
        {
            parts.Add(random.Pick(kazakh ? AppealTexts.OpenersKk : AppealTexts.OpenersRu));
        }

        if (kind == "suggestion")
        {
            if (random.Chance(0.5))
            {
                parts.Add(random.Pick(core));
            }

            parts.Add(kazakh ? phrases.SuggestionKk : phrases.SuggestionRu);
            return Join(random, parts);
        }

        var first = random.Pick(core);
        parts.Add(first);
        if (random.Chance(0.2))
        {
            var second = random.Pick(core);
            if (second != first)
            {
                parts.Add(second);
            }
        }

        if (random.Chance(0.5))
        {
            parts.Add(random.Pick(kazakh ? AppealTexts.DetailsKk : AppealTexts.DetailsRu)
                .Replace("{year}", random.Between(1998, 2025).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{n}", (random.Between(1, 12) * 5).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        if (random.Chance(0.65))
        {
            parts.Add(random.Pick(kind == "question"
                ? kazakh ? AppealTexts.QuestionClosersKk : AppealTexts.QuestionClosersRu
                : kazakh ? AppealTexts.ComplaintClosersKk : AppealTexts.ComplaintClosersRu));
        }

        return Join(random, parts);
    }

    /// <summary>Appends a phone number, an email or a 12-digit id, as workers do (privacy scrubbing has to find them).</summary>
    public static string WithPersonalData(Random random, string text, bool kazakh)
    {
        var addition = random.Next(3) switch
        {
            0 => (kazakh ? "Телефоным " : "Мой телефон ") + Phone(random) + ".",
            1 => (kazakh ? "Поштам: " : "Пишите на почту ") + Email(random),
            _ => (kazakh ? "ЖСН " : "ИИН ") + Digits(random, 12) + ".",
        };
        return text + " " + addition;
    }

    private static string Join(Random random, List<string> parts) =>
        // About one text in a hundred is written on two lines: CSV quoting must carry the line break.
        string.Join(random.Chance(0.01) ? "\n" : " ", parts);

    private static string Phone(Random random)
    {
        var code = random.Pick(["700", "701", "702", "705", "707", "747", "771", "775", "777", "778"]);
        return random.Next(3) switch
        {
            0 => $"+7 {code} {Digits(random, 3)} {Digits(random, 2)} {Digits(random, 2)}",
            1 => $"8 ({code}) {Digits(random, 3)}-{Digits(random, 2)}-{Digits(random, 2)}",
            _ => $"+7{code}{Digits(random, 7)}",
        };
    }

    private static string Email(Random random)
    {
        var box = random.Pick(["ceh", "smena", "rabota", "zhumys", "brigada", "uchastok", "vahta", "profkom"]);
        var domain = random.Pick(["mail.kz", "inbox.kz", "gmail.com", "mail.ru"]);
        return $"{box}{random.Between(1, 99)}@{domain}";
    }

    private static string Digits(Random random, int count)
    {
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }

        return builder.ToString();
    }
}
