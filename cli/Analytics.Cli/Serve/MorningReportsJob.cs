using System.Globalization;
using Analytics.Cli.Commands;
using Analytics.Cli.Delivery;
using Analytics.Cli.Errors;
using Analytics.Reports.Localization;
using Analytics.Warehouse.Configuration;
using Coravel.Invocable;

namespace Analytics.Cli.Serve;

/// <summary>
/// Each morning (06:00 Almaty unless configured): prints every family whose period is due today (<see cref="ReportSchedule.LatestDue"/>)
/// in both languages, each from a build at its cut-off (a released month prints from its release), then, when a
/// recipients file is configured, delivers the latest due period of every family: the journal sends nothing twice, so
/// what a refused connection or a restart left unsent goes out on a later morning and nothing is sent again.
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
        if (!File.Exists(settings.Database.Path))
        {
            return MorningOutcome.Nothing;
        }

        IReadOnlyList<DueRun> due;
        try
        {
            using var connection = settings.Database.Open();
            due = ReportSchedule.LatestDue(today, WarehouseConfiguration.LoadCampaign(connection), settings.Schedule);
        }
        catch (Exception exception)
        {
            error.WriteLine(ErrorBoundary.Describe(exception, settings.Language, ["serve", Day(today)]));
            return MorningOutcome.Failed;
        }

        var outcome = MorningOutcome.Nothing;
        foreach (var run in due.Where(run => run.DueOn == today).OrderBy(run => run.Cutoff))
        {
            outcome = Worse(outcome, await TryAsync(() => PrintAsync(run), run, today, error, Unprinted(run.Family)) ? MorningOutcome.Printed : MorningOutcome.Failed);
        }

        if (settings.Delivery is { } delivery)
        {
            foreach (var run in due)
            {
                if (!await TryAsync(() => DeliverAsync(run, delivery), run, today, error, Undelivered(run.Family)))
                {
                    outcome = MorningOutcome.Failed;
                }
            }
        }

        return outcome;
    }

    private async Task PrintAsync(DueRun run)
    {
        var output = System.Console.Out;
        BuildCommand.Run(settings.Database, run.Cutoff, settings.Language, output);
        var directory = settings.ReportsDirectory;
        var language = settings.Language;
        if (run.Family == DeliveryFamily.Weekly)
        {
            foreach (var code in new[] { "ru", "kk" })
            {
                await ReportCommand.RunWeeklyAsync(settings.Database, run.Number, directory, new Console.CliLanguage(code), output);
            }
        }
        else if (run.Family == DeliveryFamily.Monthly)
        {
            await PeriodicReportCommands.RunMonthlyAsync(settings.Database, run.Number, "all", null, directory, ReportLanguage.All, language, output);
            await PeriodicReportCommands.RunPrimaryAsync(settings.Database, run.Number, null, null, directory, ReportLanguage.All, language, output);
        }
        else if (run.Family == DeliveryFamily.Quarterly)
        {
            await PeriodicReportCommands.RunQuarterlyAsync(settings.Database, directory, ReportLanguage.All, language, output);
        }
        else
        {
            await PeriodicReportCommands.RunFinalAsync(settings.Database, null, directory, ReportLanguage.All, language, output);
        }
    }

    private async Task DeliverAsync(DueRun run, DeliveryTarget delivery)
    {
        var output = System.Console.Out;
        var cutoff = run.Number is null ? run.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var request = new DeliveryRequest(run.Family, run.Number, cutoff, settings.ReportsDirectory, delivery.RecipientsPath, Resend: false);
        if (Directory.Exists(settings.ReportsDirectory))
        {
            await Deliverer.RunAsync(settings.Database, request, delivery.Smtp, settings.Language, output, CancellationToken.None);
        }
    }

    private async Task<bool> TryAsync(Func<Task> step, DueRun run, DateOnly today, TextWriter error, (string Ru, string Kk) failed)
    {
        try
        {
            await step();
            return true;
        }
        catch (Exception exception)
        {
            error.WriteLine(ErrorBoundary.Describe(exception, settings.Language, ["serve", run.Family.Name, Day(today)]));
            error.WriteLine(settings.Language.Say(failed.Ru, failed.Kk));
            return false;
        }
    }

    private static (string Ru, string Kk) Unprinted(DeliveryFamily family) => family.Name switch
    {
        "weekly" => ("Еженедельный отчёт не напечатан; планировщик продолжает работу.", "Апталық есеп басылмады; жоспарлағыш жұмысын жалғастырады."),
        "monthly" => ("Ежемесячные отчёты не напечатаны; планировщик продолжает работу.", "Айлық есептер басылмады; жоспарлағыш жұмысын жалғастырады."),
        "quarterly" => ("Национальный дашборд не напечатан; планировщик продолжает работу.", "Ұлттық дашборд басылмады; жоспарлағыш жұмысын жалғастырады."),
        _ => ("Итоговый доклад не напечатан; планировщик продолжает работу.", "Қорытынды баяндама басылмады; жоспарлағыш жұмысын жалғастырады."),
    };

    private static (string Ru, string Kk) Undelivered(DeliveryFamily family) => (
        $"Рассылка {family.Name} не выполнена; она повторится завтра утром.", $"{family.Name} таратылымы орындалмады; ол ертең таңертең қайталанады.");

    private static MorningOutcome Worse(MorningOutcome a, MorningOutcome b) => (MorningOutcome)Math.Max((int)a, (int)b);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What one morning's run did; a later member outweighs an earlier one.</summary>
internal enum MorningOutcome
{
    Nothing,
    Printed,
    Failed,
}
