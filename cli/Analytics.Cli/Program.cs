using System.CommandLine;
using System.Globalization;
using Analytics.Cli;
using Analytics.Cli.Commands;
using Analytics.Cli.Errors;

var global = new GlobalOptions();
var root = new RootCommand("Senim Analytics — хранилище и отчёты кампании «Сильные профсоюзы — сильный голос человека труда»");
global.AddTo(root);
root.Subcommands.Add(LoadCommand.Create(global));
root.Subcommands.Add(BuildCommand.Create(global));
root.Subcommands.Add(UpdateCommand.Create(global));
root.Subcommands.Add(ExtractCommand.Create(global));
root.Subcommands.Add(ReleaseCommand.Create(global));
root.Subcommands.Add(ReportCommand.Create(global));
root.Subcommands.Add(DemoCommand.Create(global));
root.Subcommands.Add(SampleCommand.Create(global));
root.Subcommands.Add(FormCommand.Create(global));
root.Subcommands.Add(DeliverCommand.Create(global));
root.Subcommands.Add(ServeCommand.Create(global));

// The parser's errors in English whatever the machine's language, for UsageErrors to say again in Russian or Kazakh;
// --help is then written in the machine's language, as the parser words it.
var machineLanguage = CultureInfo.CurrentUICulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
var parsed = root.Parse(args);
CultureInfo.CurrentUICulture = machineLanguage;
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(UsageErrors.Describe(error.Message, global.LanguageOfUsage(parsed)));
    }

    Console.Error.WriteLine("analytics --help");
    return ExitCodes.Usage;
}

// One boundary for every verb: user and environment errors exit 1 with one message in the CLI's language,
// anything else exits 4 with a short message and the path of a log holding the details.
return await ErrorBoundary.RunAsync(
    () => parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }),
    global.LanguageOf(parsed), args, Console.Error);
