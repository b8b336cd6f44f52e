using Analytics.Cli.Commands;
using Analytics.Warehouse.Configuration;
using Coravel.Invocable;

namespace Analytics.Cli.Serve;

/// <summary>Every minute: loads what has arrived in the inbox as one batch and rebuilds the models.</summary>
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

    public void RunOnce(DateTimeOffset now)
    {
        if (settings.Inbox.TakeQuietFiles(now) is not { } batch)
        {
            return;
        }

        var output = System.Console.Out;
        var language = settings.Language;
        try
        {
            LoadCommand.Run(settings.Database, batch, settings.Key, language, output);
            BuildCommand.Run(settings.Database, null, language, output);
            var archived = settings.Inbox.Archive(batch, loaded: true);
            output.WriteLine(language.Say($"Пакет сохранён в {archived}", $"Пакет {archived} ішінде сақталды"));
        }
        catch (Exception exception) when (exception is ConfigurationException or IOException or Analytics.Warehouse.Runner.DataTestFailedException)
        {
            System.Console.Error.WriteLine(exception.Message);
            var rejected = settings.Inbox.Archive(batch, loaded: false);
            System.Console.Error.WriteLine(language.Say($"Пакет не загружен и перенесён в {rejected}", $"Пакет жүктелмеді, {rejected} ішіне көшірілді"));
        }
    }
}
