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
/// A month's primary cards are a step of their own: their failure leaves its monthly reports printed and delivered.
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
            outcome = Worse(outcome, await PrintAsync(run, today, error));
        }

        if (settings.Delivery is { } delivery)
        {
            foreach (var run in due)
            {
                if (!await TryAsync(() => DeliverAsync(run, delivery), run.Family.Name, today, error, Undelivered(run.Family)))
                {
                    outcome = MorningOutcome.Failed;
                }
            }
        }

        return outcome;
    }

    /// <summary>
    /// Builds at the run's cut-off, then prints each of its steps; a step that fails is said on its own and the others
    /// still print, so the month's reports go out whatever happens to its primary cards.
    /// </summary>
    private async Task<MorningOutcome> PrintAsync(DueRun run, DateOnly today, TextWriter error)
    {
        var built = await TryAsync(
            () =>
            {
                BuildCommand.Run(settings.Database, run.Cutoff, settings.Language, System.Console.Out);
                return Task.CompletedTask;
            },
            run.Family.Name,
            today,
            error,
            Unprinted(run.Family));
        if (!built)
        {
            return MorningOutcome.Failed;
        }

        var outcome = MorningOutcome.Printed;
        foreach (var step in Steps(run))
        {
            if (!await TryAsync(step.Print, step.Name, today, error, step.Failed))
            {
                outcome = Worse(outcome, step.Outcome);
            }
        }

        return outcome;
    }

    /// <summary>What a due run prints, in both languages: the monthly reports and the primary cards are separate steps.</summary>
    private IReadOnlyList<PrintStep> Steps(DueRun run)
    {
        var database = settings.Database;
        var directory = settings.ReportsDirectory;
        var language = settings.Language;
        var output = System.Console.Out;
        PrintStep Reports(Func<Task> print) => new(run.Family.Name, print, Unprinted(run.Family), MorningOutcome.Failed);
        return run.Family.Name switch
        {
            "weekly" => [Reports(async () =>
            {
                foreach (var reportLanguage in ReportLanguage.All)
                {
                    await ReportCommand.RunWeeklyAsync(database, run.Number, directory, new Console.CliLanguage(reportLanguage.Code), output);
                }
            })],
            "monthly" =>
            [
                Reports(() => PeriodicReportCommands.RunMonthlyAsync(database, run.Number, "all", null, directory, ReportLanguage.All, language, output)),
                new PrintStep(
                    "primary",
                    () => PeriodicReportCommands.RunPrimaryAsync(database, run.Number, null, null, directory, ReportLanguage.All, language, output),
                    CardsUnprinted(run.Number),
                    MorningOutcome.CardsFailed),
            ],
            "quarterly" => [Reports(() => PeriodicReportCommands.RunQuarterlyAsync(database, directory, ReportLanguage.All, language, output))],
            _ => [Reports(() => PeriodicReportCommands.RunFinalAsync(database, null, directory, ReportLanguage.All, language, output))],
        };
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

    /// <param name="name">What the step prints or sends, for the error log: a family, or <c>primary</c>.</param>
    private async Task<bool> TryAsync(Func<Task> step, string name, DateOnly today, TextWriter error, (string Ru, string Kk) failed)
    {
        try
        {
            await step();
            return true;
        }
        catch (Exception exception)
        {
            error.WriteLine(ErrorBoundary.Describe(exception, settings.Language, ["serve", name, Day(today)]));
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

    private static (string Ru, string Kk) CardsUnprinted(int? month) => (
        $"Карточки первичных организаций за месяц {month} не напечатаны; ежемесячные отчёты печатаются и рассылаются независимо от них, планировщик продолжает работу.",
        $"{month}-айдағы бастауыш ұйымдардың карточкалары басылмады; айлық есептер олардан тәуелсіз басылып, таратылады, жоспарлағыш жұмысын жалғастырады.");

    private static (string Ru, string Kk) Undelivered(DeliveryFamily family) => (
        $"Рассылка {family.Name} не выполнена; она повторится завтра утром.", $"{family.Name} таратылымы орындалмады; ол ертең таңертең қайталанады.");

    private static MorningOutcome Worse(MorningOutcome a, MorningOutcome b) => (MorningOutcome)Math.Max((int)a, (int)b);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One thing a due run prints: its name for the error log, the message when it fails, and what its failure makes of the morning.</summary>
internal sealed record PrintStep(string Name, Func<Task> Print, (string Ru, string Kk) Failed, MorningOutcome Outcome);

/// <summary>What one morning's run did; a later member outweighs an earlier one.</summary>
internal enum MorningOutcome
{
    Nothing,
    Printed,

    /// <summary>Everything due was printed (and delivered) except the month's primary cards.</summary>
    CardsFailed,
    Failed,
}
