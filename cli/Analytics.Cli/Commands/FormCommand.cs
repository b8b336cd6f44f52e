using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Etl.Forms;

namespace Analytics.Cli.Commands;

internal static class FormCommand
{
    public static Command Create(GlobalOptions global)
    {
        var outDirectory = new Option<string>("--out") { Description = "Папка для бланков / Output folder", DefaultValueFactory = _ => "forms" };
        var command = new Command("form", "Бланки ежемесячного отчёта первичной организации (XLSX, рус. и каз.) / Blank monthly report forms");
        command.Options.Add(outDirectory);
        command.SetAction(result => Run(result.GetValue(outDirectory)!, global.LanguageOf(result), System.Console.Out));
        return command;
    }

    public static int Run(string outDirectory, CliLanguage language, TextWriter output)
    {
        Directory.CreateDirectory(outDirectory);
        foreach (var (code, kazakh) in new[] { ("ru", false), ("kk", true) })
        {
            var path = Path.GetFullPath(Path.Combine(outDirectory, $"org_report_template_{code}.xlsx"));
            MonthlyReportFormTemplate.Write(path, kazakh);
            output.WriteLine(language.Say($"Бланк ({code}): {path}", $"Бланк ({code}): {path}"));
        }

        return 0;
    }
}
