using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Etl.Privacy;
using Analytics.Warehouse;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics update</c>: a batch loaded and the models rebuilt, in one command, as the inbox job of <c>serve</c> does.</summary>
internal static class UpdateCommand
{
    public static Command Create(GlobalOptions global)
    {
        var batch = new BatchOptions();
        var cutoff = BuildCommand.CutoffOption();
        var command = new Command("update", "Загрузить пакет и пересчитать модели (load и build одной командой) / Load a batch and rebuild the models");
        batch.AddTo(command);
        command.Options.Add(cutoff);
        command.SetAction(result =>
        {
            var language = global.LanguageOf(result);
            // both checked before the batch, so that neither stops the command once the batch is in
            var date = BuildCommand.ParseCutoff(result.GetValue(cutoff));
            var key = LoadCommand.KeyOf(global, result, language);
            return Run(global.WarehouseOf(result), batch.Of(result), key, date, language, System.Console.Out);
        });
        return command;
    }

    /// <returns>The load's exit code: 0, or 3 when a file of the batch was refused (the models are rebuilt either way).</returns>
    public static int Run(WarehouseDatabase database, BatchSource source, PseudonymKey key, DateOnly? cutoff, CliLanguage language, TextWriter output)
    {
        // Held open across both steps, so that DuckDB opens the file once and writes the batch into it once, at the
        // build's checkpoint: closed between them, the file would be checkpointed at the load's end, then reopened.
        // A first batch creates the warehouse itself, so that a batch refused before its first row leaves no file.
        using var held = File.Exists(database.Path) ? WarehouseSetup.PrepareAndOpen(database) : null;
        var loaded = LoadCommand.Run(database, source, key, language, output);
        BuildCommand.Run(database, cutoff, language, output);
        return loaded;
    }
}
