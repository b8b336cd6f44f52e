using Analytics.Cli.Commands;
using Analytics.Cli.Errors;
using Analytics.Warehouse;
using Coravel.Invocable;

namespace Analytics.Cli.Serve;

/// <summary>
/// Every minute: loads what has arrived in the inbox as one batch and rebuilds the models. A batch never stays
/// in <c>inbox/.batches</c> unnoticed: a busy warehouse leaves it there to be retried on the next round, and any
/// other failure moves it to <c>rejected</c> with the reason on stderr.
/// </summary>
internal sealed class InboxJob(ServeSettings settings) : IInvocable
{
    public async Task Invoke()
    {
        await settings.WarehouseLock.WaitAsync();
        try
        {
            RunOnce(DateTimeOffset.UtcNow);
        }
        finally
        {
            settings.WarehouseLock.Release();
        }
    }

    /// <summary>Loads the oldest batch left from an earlier round, or else the inbox's quiet files; returns the outcome.</summary>
    public InboxOutcome RunOnce(DateTimeOffset now)
    {
        if ((settings.Inbox.PendingBatches().FirstOrDefault() ?? settings.Inbox.TakeQuietFiles(now)) is not { } batch)
        {
            return InboxOutcome.Nothing;
        }

        var output = System.Console.Out;
        var error = System.Console.Error;
        var language = settings.Language;
        var saved = false;
        try
        {
            var loaded = UpdateCommand.Run(
                settings.Database, BatchSource.Folder(batch), settings.Key, cutoff: null, DateTimeOffset.UtcNow, language, output, error, saved: () => saved = true);
            var archived = settings.Inbox.Archive(batch, loaded: true);
            output.WriteLine(language.Say($"Пакет сохранён в {archived}", $"Пакет {archived} ішінде сақталды"));
            if (loaded == ExitCodes.LoadedWithRefusals)
            {
                error.WriteLine(language.Say(
                    $"В пакете {archived} есть непринятые файлы: см. отчёт о загрузке.", $"{archived} пакетінде қабылданбаған файлдар бар: жүктеу есебін қараңыз."));
                return InboxOutcome.LoadedWithRefusals;
            }

            return InboxOutcome.Loaded;
        }
        catch (Exception exception) when (!saved && (WarehouseLock.IsConflict(exception) || exception is WarehouseBusyException))
        {
            // Transient: an analyst's report or build holds the warehouse. The batch was not loaded (a batch is
            // one transaction); it stays where it is and the next round tries it first.
            error.WriteLine(UserErrors.Describe(exception, language));
            error.WriteLine(language.Say(
                $"Пакет {batch} будет загружен при следующей попытке.", $"{batch} пакеті келесі әрекетте жүктеледі."));
            return InboxOutcome.Retried;
        }
        catch (Exception exception)
        {
            error.WriteLine(ErrorBoundary.Describe(exception, language, ["serve", batch]));
            if (saved)
            {
                // the batch is in the warehouse: it is kept with the loaded ones, and the next build takes it in
                var kept = settings.Inbox.Archive(batch, loaded: true);
                error.WriteLine(language.Say(
                    $"Пакет сохранён в {kept}; модели пересчитает следующий пакет, утренний запуск или analytics build.",
                    $"Пакет {kept} ішінде сақталды; модельдерді келесі пакет, таңғы іске қосу немесе analytics build қайта есептейді."));
                return InboxOutcome.LoadedNotBuilt;
            }

            var rejected = settings.Inbox.Archive(batch, loaded: false);
            error.WriteLine(language.Say($"Пакет не загружен и перенесён в {rejected}", $"Пакет жүктелмеді, {rejected} ішіне көшірілді"));
            return InboxOutcome.Rejected;
        }
    }
}

/// <summary>What one round of the inbox job did.</summary>
internal enum InboxOutcome
{
    Nothing,
    Loaded,
    LoadedWithRefusals,
    LoadedNotBuilt,
    Retried,
    Rejected,
}
