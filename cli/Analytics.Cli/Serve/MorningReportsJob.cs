using Analytics.Cli.Commands;
using Analytics.Cli.Errors;
using Analytics.Warehouse.Configuration;
using Coravel.Invocable;

namespace Analytics.Cli.Serve;

/// <summary>
/// Each morning at 06:00 Almaty: when a campaign week ended yesterday, rebuild at that day and print its weekly report.
/// A failure is said in one message (the details of a fault of the product go to a log file) and the scheduler goes on.
/// </summary>
internal sealed class MorningReportsJob(ServeSettings settings) : IInvocable
{
    public async Task Invoke()
    {
        await settings.WarehouseLock.WaitAsync();
        try
        {
            await RunOnceAsync(ReportSchedule.LocalToday(DateTimeOffset.UtcNow), System.Console.Error);
        }
        finally
        {
            settings.WarehouseLock.Release();
        }
    }

    public async Task<MorningOutcome> RunOnceAsync(DateOnly today, TextWriter error)
    {
        try
        {
            return await PrintWeekEndedYesterdayAsync(today) ? MorningOutcome.Printed : MorningOutcome.Nothing;
        }
        catch (Exception exception)
        {
            error.WriteLine(ErrorBoundary.Describe(exception, settings.Language, ["serve", "weekly", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]));
            error.WriteLine(settings.Language.Say(
                "Еженедельный отчёт не напечатан; планировщик продолжает работу.", "Апталық есеп басылмады; жоспарлағыш жұмысын жалғастырады."));
            return MorningOutcome.Failed;
        }
    }

    private async Task<bool> PrintWeekEndedYesterdayAsync(DateOnly today)
    {
        if (!File.Exists(settings.Database.Path))
        {
            return false;
        }

        CampaignSettings campaign;
        using (var connection = settings.Database.Open())
        {
            campaign = WarehouseConfiguration.LoadCampaign(connection);
        }

        var yesterday = today.AddDays(-1);
        if (ReportSchedule.WeekEndingOn(yesterday, campaign) is not { } week)
        {
            return false;
        }

        BuildCommand.Run(settings.Database, yesterday, settings.Language, System.Console.Out);
        foreach (var language in new[] { "ru", "kk" })
        {
            await ReportCommand.RunWeeklyAsync(settings.Database, week, settings.ReportsDirectory, new Console.CliLanguage(language), System.Console.Out);
        }

        return true;
    }
}

/// <summary>What one morning's run did.</summary>
internal enum MorningOutcome
{
    Nothing,
    Printed,
    Failed,
}
