using System.Text.RegularExpressions;
using Analytics.Cli.Console;

namespace Analytics.Cli.Errors;

/// <summary>
/// System.CommandLine's usage errors, said in Russian or Kazakh. The parser words them in English (its Russian
/// resources miss the newer messages, and it has no Kazakh), so each known English form is matched and said again;
/// an unknown form is shown as it is.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>Each English form the parser uses, and what it says in Russian and Kazakh.</summary>
    private static readonly (Regex Form, Func<Match, (string Ru, string Kk)> Say)[] Forms =
    [
        (RequiredOption(), match => ($"Не задан обязательный параметр {match.Groups["option"]}.", $"{match.Groups["option"]} міндетті параметрі берілмеген.")),
        (BadOptionValue(), match => (
            $"Параметр {match.Groups["option"]}: значение «{match.Groups["value"]}» не подходит, ожидалось {Expected(match).Ru}.",
            $"{match.Groups["option"]} параметрі: «{match.Groups["value"]}» мәні сәйкес емес, {Expected(match).Kk} күтілді.")),
        (BadArgumentValue(), match => (
            $"Команда {match.Groups["command"]}: аргумент «{match.Groups["value"]}» не подходит, ожидалось {Expected(match).Ru}.",
            $"{match.Groups["command"]} пәрмені: «{match.Groups["value"]}» аргументі сәйкес емес, {Expected(match).Kk} күтілді.")),
        (Unrecognized(), match => ($"Непонятная команда или аргумент «{match.Groups["token"]}».", $"Түсініксіз пәрмен немесе аргумент «{match.Groups["token"]}».")),
        (NotOneOf(), match => (
            $"Значение «{match.Groups["value"]}» не из допустимых:{match.Groups["values"]}",
            $"«{match.Groups["value"]}» мәні рұқсат етілгендердің қатарында жоқ:{match.Groups["values"]}")),
        (MissingOptionValue(), match => ($"Параметру {match.Groups["option"]} не задано значение.", $"{match.Groups["option"]} параметріне мән берілмеген.")),
        (MissingArgument(), match => ($"Команде {match.Groups["command"]} не хватает обязательного аргумента.", $"{match.Groups["command"]} пәрменіне міндетті аргумент жетпейді.")),
        (SingleValue(), match => (
            $"Параметр {match.Groups["option"]} принимает одно значение, а дано {match.Groups["count"]}.",
            $"{match.Groups["option"]} параметрі бір мән қабылдайды, ал {match.Groups["count"]} берілді.")),
        (NoCommand(), _ => ("Не указана команда: их список даёт --help.", "Пәрмен көрсетілмеген: олардың тізімін --help береді.")),
        (Below(), match => (
            $"Параметр {match.Groups["option"]}: значение «{match.Groups["value"]}» не подходит, ожидалось целое число не меньше {match.Groups["minimum"]}.",
            $"{match.Groups["option"]} параметрі: «{match.Groups["value"]}» мәні сәйкес емес, {match.Groups["minimum"]}-ден кем емес бүтін сан күтілді.")),
        (FolderOrSource(), _ => ("Укажите либо папку пакета, либо --source, но не то и другое.", "Не пакет бумасын, не --source көрсетіңіз, екеуін бірге емес.")),
    ];

    /// <summary>An option's own check, worded like the parser's errors for <see cref="Describe"/> to say again.</summary>
    public static string NotBelow(string option, int minimum, string value) => $"Option '{option}' must not be below {minimum}, found '{value}'.";

    /// <summary>The batch verbs' check that exactly one of a folder and --source is given.</summary>
    public const string FolderOrSourceError = "Give either a batch folder or --source, not both.";

    public static string Describe(string message, CliLanguage language)
    {
        foreach (var (form, say) in Forms)
        {
            if (form.Match(message) is { Success: true } match)
            {
                var (ru, kk) = say(match);
                return language.Say(ru, kk);
            }
        }

        return message;
    }

    private static (string Ru, string Kk) Expected(Match match) => match.Groups["type"].Value switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => ("целое число", "бүтін сан"),
        "System.Double" or "System.Decimal" => ("число", "сан"),
        var type => ($"значение типа {type}", $"{type} түріндегі мән"),
    };

    [GeneratedRegex(@"^Option '(?<option>[^']+)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.")]
    private static partial Regex BadOptionValue();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for command '(?<command>[^']+)' as expected type '(?<type>[^']+)'\.")]
    private static partial Regex BadArgumentValue();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<values>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>[^']+)'\.$")]
    private static partial Regex MissingOptionValue();

    [GeneratedRegex(@"^Required argument missing for command: '(?<command>[^']+)'\.$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Option '(?<option>[^']+)' expects a single argument but (?<count>\d+) were provided\.$")]
    private static partial Regex SingleValue();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex NoCommand();

    [GeneratedRegex(@"^Option '(?<option>[^']+)' must not be below (?<minimum>-?\d+), found '(?<value>.*)'\.$")]
    private static partial Regex Below();

    [GeneratedRegex(@"^Give either a batch folder or --source, not both\.$")]
    private static partial Regex FolderOrSource();
}
