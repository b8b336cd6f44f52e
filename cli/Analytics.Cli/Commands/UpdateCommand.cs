using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Dapper;

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
            return Run(global.WarehouseOf(result), batch.Of(result), key, date, DateTimeOffset.UtcNow, language, System.Console.Out, System.Console.Error, result.GetValue(rotate));
        });
        return command;
    }

    /// <returns>The load's exit code: 0, or 3 when a file of the batch was refused (the models are rebuilt either way).</returns>
    /// <param name="now">What the default cut-off is taken from: its day in Asia/Almaty.</param>
    /// <param name="saved">Told when the batch is in the warehouse but the command then fails.</param>
    public static int Run(
        WarehouseDatabase database, BatchSource source, PseudonymKey key, DateOnly? cutoff, DateTimeOffset now, CliLanguage language, TextWriter output,
        TextWriter error, bool rotateSecret = false, Action? saved = null)
    {
        if (source.Directory is { } directory)
        {
            // a missing or wrong folder is said before the warehouse is opened or waited for, and creates nothing
            BatchLoader.CheckFolder(directory);
        }

        var created = !File.Exists(database.Path);
        // Held open from before the batch to after the build: DuckDB opens the file once, no other process can come
        // in between the two steps, and the batch reaches the file once, at the build's checkpoint.
        var held = WarehouseSetup.PrepareAndOpen(database);
        try
        {
            var batchesBefore = Batches(held);
            int loaded;
            try
            {
                loaded = LoadCommand.Run(database, source, key, language, output, rotateSecret);
            }
            catch
            {
                var batchesAfter = Batches(held);
                if (batchesAfter > batchesBefore)
                {
                    // committed, then something after the commit failed (its load report, say)
                    SaySaved(language, error, saved);
                }
                else if (created)
                {
                    // nothing was loaded: the warehouse this command created goes, as if it had never run
                    held.Dispose();
                    File.Delete(database.Path);
                    File.Delete(database.Path + ".wal");
                }

                throw;
            }

            // the campaign read after the batch, which may have brought a new one
            var campaign = WarehouseConfiguration.LoadCampaign(held);
            var date = cutoff ?? CutoffDate.Default(campaign, now);
            if (cutoff is null && date < campaign.FirstDay)
            {
                // data delivered ahead of the campaign (its registry, say) is kept; there are no figures to compute yet
                output.WriteLine(language.Say(
                    $"Кампания начнётся {campaign.FirstDay:dd.MM.yyyy}: пакет сохранён, модели будут пересчитаны с этого дня (или analytics build --cutoff не раньше {campaign.FirstDay:yyyy-MM-dd}).",
                    $"Науқан {campaign.FirstDay:dd.MM.yyyy} басталады: пакет сақталды, модельдер осы күннен бастап қайта есептеледі (немесе analytics build --cutoff {campaign.FirstDay:yyyy-MM-dd} күнінен ерте емес)."));
                return loaded;
            }

            try
            {
                BuildCommand.Run(database, date, language, output);
            }
            catch
            {
                SaySaved(language, error, saved);
                throw;
            }

            return loaded;
        }
        finally
        {
            held.Dispose();
        }
    }

    private static void SaySaved(CliLanguage language, TextWriter error, Action? saved)
    {
        error.WriteLine(language.Say(
            "Пакет загружен и сохранён в хранилище, но модели не пересчитаны; устранив причину, запустите analytics build:",
            "Пакет жүктеліп, қоймада сақталды, бірақ модельдер қайта есептелмеді; себебін жойып, analytics build іске қосыңыз:"));
        saved?.Invoke();
    }

    private static long Batches(System.Data.IDbConnection connection) =>
        connection.ExecuteScalar<long>("select count(*) from raw.load_batches");
}
