using System.CommandLine;
using Analytics.Cli;
using Analytics.Cli.Commands;
using Analytics.Reports;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Runner;

var global = new GlobalOptions();
var root = new RootCommand("Senim Analytics — хранилище и отчёты кампании «Сильные профсоюзы — сильный голос человека труда»");
global.AddTo(root);
root.Subcommands.Add(LoadCommand.Create(global));
root.Subcommands.Add(BuildCommand.Create(global));
root.Subcommands.Add(ExtractCommand.Create(global));
root.Subcommands.Add(ReportCommand.Create(global));
root.Subcommands.Add(DemoCommand.Create(global));
root.Subcommands.Add(SampleCommand.Create(global));
root.Subcommands.Add(FormCommand.Create(global));
root.Subcommands.Add(ServeCommand.Create(global));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("analytics --help");
    return ExitCodes.Usage;
}

var kazakh = parsed.GetValue(global.Language) == "kk";
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
// FileNotFoundException: a named file is missing, or Chromium is (its message says which package installs it).
catch (Exception exception) when (exception is ConfigurationException or DataTestFailedException or DirectoryNotFoundException or FileNotFoundException or ReportUnavailableException)
{
    Console.Error.WriteLine(kazakh && exception is ReportUnavailableException report ? report.MessageKk : exception.Message);
    return ExitCodes.BadInput;
}
