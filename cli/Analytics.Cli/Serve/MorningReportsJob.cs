using Analytics.Cli.Commands;
using Analytics.Warehouse.Configuration;
using Coravel.Invocable;

namespace Analytics.Cli.Serve;

/// <summary>Each morning at 06:00 Almaty: when a campaign week ended yesterday, rebuild at that day and print its weekly report.</summary>
internal sealed class MorningReportsJob(ServeSettings settings) : IInvocable
{
    public async Task Invoke()
    {
        await settings.WarehouseLock.WaitAsync();
        try
        {
            await RunOnceAsync(ReportSchedule.LocalToday(DateTimeOffset.UtcNow));
        }
        finally
        {
            settings.WarehouseLock.Release();
        }
    }

    public async Task RunOnceAsync(DateOnly today)
    {
        if (!File.Exists(settings.Database.Path))
        {
            return;
        }

        CampaignSettings campaign;
        using (var connection = settings.Database.Open())
        {
            campaign = WarehouseConfiguration.LoadCampaign(connection);
        }

        var yesterday = today.AddDays(-1);
        if (ReportSchedule.WeekEndingOn(yesterday, campaign) is not { } week)
        {
            return;
        }

        BuildCommand.Run(settings.Database, yesterday, settings.Language, System.Console.Out);
        foreach (var language in new[] { "ru", "kk" })
        {
            await ReportCommand.RunWeeklyAsync(settings.Database, week, settings.ReportsDirectory, new Console.CliLanguage(language), System.Console.Out);
        }
    }
}
