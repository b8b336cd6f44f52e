using Analytics.Cli.Console;

namespace Analytics.Cli.Errors;

/// <summary>Turns every exception a verb lets out into one message and an exit code (README, "Exit codes").</summary>
internal static class ErrorBoundary
{
    public static async Task<int> RunAsync(Func<Task<int>> verb, CliLanguage language, IReadOnlyList<string> arguments, TextWriter error)
    {
        try
        {
            return await verb();
        }
        catch (Exception exception) when (UserErrors.Describe(exception, language) is { } message)
        {
            error.WriteLine(message);
            return ExitCodes.BadInput;
        }
        catch (Exception exception)
        {
            error.WriteLine(Internal(exception, language, ErrorLog.Write(exception, arguments)));
            return ExitCodes.Internal;
        }
    }

    /// <summary>The message for an error met outside a verb (a job of <c>serve</c>): the user's one, or the internal one with its log.</summary>
    public static string Describe(Exception exception, CliLanguage language, IReadOnlyList<string> arguments) =>
        UserErrors.Describe(exception, language) ?? Internal(exception, language, ErrorLog.Write(exception, arguments));

    public static string Internal(Exception exception, CliLanguage language, string? log) => log is null
        ? language.Say(
            $"Внутренняя ошибка программы ({exception.GetType().Name}: {exception.Message}); журнал записать не удалось.",
            $"Бағдарламаның ішкі қатесі ({exception.GetType().Name}: {exception.Message}); журналды жазу мүмкін болмады.")
        : language.Say(
            $"Внутренняя ошибка программы ({exception.GetType().Name}). Подробности для разработчиков: {log}",
            $"Бағдарламаның ішкі қатесі ({exception.GetType().Name}). Әзірлеушілерге арналған мәліметтер: {log}");
}
