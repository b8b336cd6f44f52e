using System.CommandLine;
using Dapper;
using Analytics.Cli.Console;
using Analytics.Etl.Privacy;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics update</c>: a batch loaded and the models rebuilt, in one command, as the inbox job of <c>serve</c> does.</summary>
internal static class UpdateCommand
{
    public static Command Create(GlobalOptions global)
    {
        var batch = new BatchOptions();
        var cutoff = BuildCommand.CutoffOption();
        var rotate = LoadCommand.RotateOption();
        var command = new Command("update", "Загрузить пакет и пересчитать модели (load и build одной командой) / Load a batch and rebuild the models");
        batch.AddTo(command);
        command.Options.Add(cutoff);
        command.Options.Add(rotate);
        command.SetAction(result =>
        {
            var language = global.LanguageOf(result);
            var date = BuildCommand.ParseCutoff(result.GetValue(cutoff));
            var key = LoadCommand.KeyOf(global, result, language);
            return Run(global.WarehouseOf(result), batch.Of(result), key, date, language, System.Console.Out, System.Console.Error, result.GetValue(rotate));
        });
        return command;
    }

    /// <returns>The load's exit code: 0, or 3 when a file of the batch was refused (the models are rebuilt either way).</returns>
    /// <param name="saved">Told once the batch is committed, before the build.</param>
    public static int Run(
        WarehouseDatabase database, BatchSource source, PseudonymKey key, DateOnly? cutoff, CliLanguage language, TextWriter output, TextWriter error,
        bool rotateSecret = false, Action? saved = null)
    {
        if (source.Directory is { } directory && !Directory.Exists(directory))
        {
            // the load says the folder is missing, before the warehouse is opened or waited for
            return LoadCommand.Run(database, source, key, language, output, rotateSecret);
        }

        var created = !File.Exists(database.Path);
        // Held open from before the batch to after the build: DuckDB opens the file once, no other process can come
        // in between the two steps, and the batch reaches the file once, at the build's checkpoint.
        var held = WarehouseSetup.PrepareAndOpen(database);
        try
        {
            int loaded;
            try
            {
                // the cut-off the build will take, refused before the batch rather than after it
                BuildCommand.CutoffIn(CampaignInForce(held, source), cutoff, language);
                loaded = LoadCommand.Run(database, source, key, language, output, rotateSecret);
            }
            catch
            {
                if (created && !HoldsABatch(held))
                {
                    // nothing was loaded: the warehouse this command created goes, as if it had never run
                    held.Dispose();
                    File.Delete(database.Path);
                    File.Delete(database.Path + ".wal");
                }

                throw;
            }

            saved?.Invoke();
            try
            {
                BuildCommand.Run(database, cutoff, language, output);
            }
            catch
            {
                error.WriteLine(language.Say(
                    "Пакет загружен и сохранён в хранилище, но модели не пересчитаны; устранив причину, запустите analytics build:",
                    "Пакет жүктеліп, қоймада сақталды, бірақ модельдер қайта есептелмеді; себебін жойып, analytics build іске қосыңыз:"));
                throw;
            }

            return loaded;
        }
        finally
        {
            held.Dispose();
        }
    }

    private static bool HoldsABatch(System.Data.IDbConnection connection) =>
        connection.ExecuteScalar<bool>("select exists (select 1 from raw.load_batches)");

    /// <summary>The campaign the build will read: the batch's campaign.json when it brings a valid one, else the warehouse's.</summary>
    private static CampaignSettings CampaignInForce(System.Data.IDbConnection connection, BatchSource source)
    {
        var delivered = source.Directory is { } directory
            ? Directory.EnumerateFiles(directory).FirstOrDefault(path => Path.GetFileName(path).Equals("campaign.json", StringComparison.OrdinalIgnoreCase))
            : null;
        if (delivered is not null)
        {
            try
            {
                return CampaignSettings.Parse(File.ReadAllText(delivered), Path.GetFileName(delivered));
            }
            catch (Exception exception) when (exception is ConfigurationException or System.Text.Json.JsonException or IOException)
            {
                // the load refuses the file and says why; the warehouse's campaign stays in force
            }
        }

        return WarehouseConfiguration.LoadCampaign(connection);
    }
}
