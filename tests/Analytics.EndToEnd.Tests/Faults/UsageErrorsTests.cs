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
    [InlineData("Required command was not provided.", "Не указана команда: load, build, update, report, extract, release, …", "Пәрмен көрсетілмеген: load, build, update, report, extract, release, …")]
    [InlineData("Укажите либо папку, либо --source / Give either a folder or --source.", "Укажите либо папку, либо --source / Give either a folder or --source.", "Укажите либо папку, либо --source / Give either a folder or --source.")]
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

        Assert.Equal((2, 2, 2), (missing.ExitCode, kazakh.ExitCode, badLanguage.ExitCode));
        Assert.StartsWith("Не задан обязательный параметр --month.", missing.Error, StringComparison.Ordinal);
        Assert.StartsWith("--month параметрі: «abc» мәні сәйкес емес, бүтін сан күтілді.", kazakh.Error, StringComparison.Ordinal);
        Assert.StartsWith("Значение «fr» не из допустимых:", badLanguage.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", badLanguage.Error, StringComparison.Ordinal);
    }

    public void Dispose() => warehouse.Dispose();
}
