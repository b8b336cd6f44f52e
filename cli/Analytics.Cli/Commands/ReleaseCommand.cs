using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Warehouse;
using Analytics.Warehouse.Releases;

namespace Analytics.Cli.Commands;

internal static class ReleaseCommand
{
    public static Command Create(GlobalOptions global)
    {
        var month = new Option<int>("--month") { Description = "Месяц кампании 1..4 / Campaign month", Required = true };
        var command = new Command("release", "Выпустить показатели месяца как новую редакцию / Freeze a month's figures as a new revision");
        command.Options.Add(month);
        command.SetAction(result => Run(global.WarehouseOf(result), result.GetValue(month), global.LanguageOf(result), System.Console.Out, DateTimeOffset.UtcNow));
        return command;
    }

    public static int Run(WarehouseDatabase database, int month, CliLanguage language, TextWriter output, DateTimeOffset now)
    {
        WarehouseGuard.OpenBuilt(database, language).Dispose();
        var outcome = MonthRelease.Make(database, month, ProductVersion.Current, now);
        output.WriteLine(outcome switch
        {
            { Made: false } => language.Say(
                $"Месяц {month}: ни одно значение не изменилось с редакции {outcome.Revision}, новая редакция не создана ({outcome.Folder}).",
                $"{month}-ай: {outcome.Revision}-редакциядан бері бірде-бір мән өзгермеді, жаңа редакция жасалмады ({outcome.Folder})."),
            { Changes: null } => language.Say(
                $"Месяц {month} выпущен: редакция {outcome.Revision} в {outcome.Folder}.",
                $"{month}-ай шығарылды: {outcome.Revision}-редакция, {outcome.Folder}."),
            _ => language.Say(
                $"Месяц {month} выпущен: редакция {outcome.Revision}, изменено значений с редакции {outcome.Revision - 1}: {outcome.Changes}; {outcome.Folder}.",
                $"{month}-ай шығарылды: {outcome.Revision}-редакция, {outcome.Revision - 1}-редакциядан бері өзгерген мәндер: {outcome.Changes}; {outcome.Folder}."),
        });
        return 0;
    }
}
