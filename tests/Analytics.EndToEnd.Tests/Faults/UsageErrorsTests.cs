using Analytics.Cli.Console;
using Analytics.Cli.Errors;
using Analytics.TestSupport;

namespace Analytics.EndToEnd.Tests.Faults;

/// <summary>A command line the parser cannot take is told in Russian or Kazakh, exit 2, whatever the machine's language.</summary>
public sealed class UsageErrorsTests : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    [Theory]
    [InlineData("Option '--month' is required.", "Не задан обязательный параметр --month.", "--month міндетті параметрі берілмеген.")]
    [InlineData("Cannot parse argument 'abc' for option '--month' as expected type 'System.Int32'. Did you mean one of the following?", "Параметр --month: значение «abc» не подходит, ожидалось целое число.", "--month параметрі: «abc» мәні сәйкес емес, бүтін сан күтілді.")]
    [InlineData("Cannot parse argument '1,5' for command 'x' as expected type 'System.Double'.", "Команда x: аргумент «1,5» не подходит, ожидалось число.", "x пәрмені: «1,5» аргументі сәйкес емес, сан күтілді.")]
    [InlineData("Unrecognized command or argument '--region'.", "Непонятная команда или аргумент «--region».", "Түсініксіз пәрмен немесе аргумент «--region».")]
    [InlineData("Argument 'fr' not recognized. Must be one of:\n\t'ru'\n\t'kk'", "Значение «fr» не из допустимых:\n\t'ru'\n\t'kk'", "«fr» мәні рұқсат етілгендердің қатарында жоқ:\n\t'ru'\n\t'kk'")]
    [InlineData("Required argument missing for option: '--out'.", "Параметру --out не задано значение.", "--out параметріне мән берілмеген.")]
    [InlineData("Required argument missing for command: 'load'.", "Команде load не хватает обязательного аргумента.", "load пәрменіне міндетті аргумент жетпейді.")]
    [InlineData("Option '--lang' expects a single argument but 2 were provided.", "Параметр --lang принимает одно значение, а дано 2.", "--lang параметрі бір мән қабылдайды, ал 2 берілді.")]
    [InlineData("Required command was not provided.", "Не указана команда: их список даёт --help.", "Пәрмен көрсетілмеген: олардың тізімін --help береді.")]
    [InlineData("Option '--wait' must not be below 0, found '-1'.", "Параметр --wait: значение «-1» не подходит, ожидалось целое число не меньше 0.", "--wait параметрі: «-1» мәні сәйкес емес, 0-ден кем емес бүтін сан күтілді.")]
    [InlineData("Option '--multiplier' must not be below 1, found '0'.", "Параметр --multiplier: значение «0» не подходит, ожидалось целое число не меньше 1.", "--multiplier параметрі: «0» мәні сәйкес емес, 1-ден кем емес бүтін сан күтілді.")]
    [InlineData("Give either a batch folder or --source, not both.", "Укажите либо папку пакета, либо --source, но не то и другое.", "Не пакет бумасын, не --source көрсетіңіз, екеуін бірге емес.")]
    [InlineData("A message the parser has never had.", "A message the parser has never had.", "A message the parser has never had.")]
    public void Describe_EachFormOfTheParser_InRussianAndKazakh(string parser, string russian, string kazakh)
    {
        Assert.Equal(russian, UsageErrors.Describe(parser, new CliLanguage("ru")));
        Assert.Equal(kazakh, UsageErrors.Describe(parser, new CliLanguage("kk")));
    }

    [Fact]
    public void Run_UsageErrors_SaidInTheLanguageGivenOrInRussian_ExitTwo()
    {
        var missing = AnalyticsProcess.Run(warehouse.Root, "release");
        var kazakh = AnalyticsProcess.Run(warehouse.Root, "--lang", "kk", "release", "--month", "abc");
        var badLanguage = AnalyticsProcess.Run(warehouse.Root, "--lang", "fr", "build");
        var badWait = AnalyticsProcess.Run(warehouse.Root, "--lang", "kk", "--wait", "x", "build");
        var negativeWait = AnalyticsProcess.Run(warehouse.Root, "--wait", "-1", "build");

        Assert.Equal((2, 2, 2, 2, 2), (missing.ExitCode, kazakh.ExitCode, badLanguage.ExitCode, badWait.ExitCode, negativeWait.ExitCode));
        Assert.StartsWith("--wait параметрі: «x» мәні сәйкес емес, бүтін сан күтілді.", badWait.Error, StringComparison.Ordinal);
        Assert.StartsWith("Параметр --wait: значение «-1» не подходит, ожидалось целое число не меньше 0.", negativeWait.Error, StringComparison.Ordinal);
        Assert.StartsWith("Не задан обязательный параметр --month.", missing.Error, StringComparison.Ordinal);
        Assert.StartsWith("--month параметрі: «abc» мәні сәйкес емес, бүтін сан күтілді.", kazakh.Error, StringComparison.Ordinal);
        Assert.StartsWith("Значение «fr» не из допустимых:", badLanguage.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", badLanguage.Error, StringComparison.Ordinal);
    }

    public void Dispose() => warehouse.Dispose();
}
