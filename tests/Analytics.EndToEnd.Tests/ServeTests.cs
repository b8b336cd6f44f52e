using Analytics.Cli.Console;
using Analytics.Cli.Delivery;
using Analytics.Cli.Serve;
using Analytics.EndToEnd.Tests.Delivery;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Configuration;
using Dapper;
using MailKit.Security;
using MimeKit;

namespace Analytics.EndToEnd.Tests;

public sealed class ServeTests : IDisposable
{
    private static readonly CampaignSettings Campaign = CampaignSettings.Parse("""{"start_month": "2026-09", "months": 4}""", "test");
    private readonly TemporaryWarehouse warehouse = new();

    // Weeks end on days 7, 14, 21 and the month's last day; week k of month m is 4(m − 1) + k.
    [Theory]
    [InlineData("2026-09-07", 1)]
    [InlineData("2026-09-14", 2)]
    [InlineData("2026-09-21", 3)]
    [InlineData("2026-09-30", 4)]
    [InlineData("2026-10-07", 5)]
    [InlineData("2026-12-31", 16)]
    [InlineData("2026-09-08", null)]
    [InlineData("2026-08-31", null)]
    [InlineData("2027-01-07", null)]
    public void WeekEndingOn_LastDayOfACampaignWeek_GivesTheWeek(string day, int? week)
    {
        Assert.Equal(week, ReportSchedule.WeekEndingOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Campaign));
    }

    // 2026-09-30 19:30 UTC is 2026-10-01 00:30 in Almaty.
    [Fact]
    public void LocalToday_IsTheDateAtUtcPlusFive()
    {
        Assert.Equal(new DateOnly(2026, 10, 1), ReportSchedule.LocalToday(new DateTimeOffset(2026, 9, 30, 19, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 9, 30), ReportSchedule.LocalToday(new DateTimeOffset(2026, 9, 30, 18, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void InboxWatcher_FileStillChanging_IsLeftForTheNextRound()
    {
        var watcher = new InboxWatcher(warehouse.Inbox, TimeSpan.FromMinutes(1));
        warehouse.Write("events.csv", "event_id");
        var written = File.GetLastWriteTimeUtc(Path.Combine(warehouse.Inbox, "events.csv"));

        Assert.Null(watcher.TakeQuietFiles(written.AddSeconds(30)));
        var batch = watcher.TakeQuietFiles(written.AddMinutes(2));

        Assert.NotNull(batch);
        Assert.True(File.Exists(Path.Combine(batch, "events.csv")));
        Assert.Empty(Directory.EnumerateFiles(warehouse.Inbox));
    }

    [Fact]
    public void InboxJob_QuietFiles_AreLoadedBuiltAndArchived()
    {
        SmallFederation.WriteTo(warehouse);
        var settings = new ServeSettings(
            warehouse.Database, new InboxWatcher(warehouse.Inbox, TimeSpan.Zero), Path.Combine(warehouse.Root, "reports"),
            new CliLanguage("ru"), new PseudonymKey(AnalyticsProcess.Secret));

        new InboxJob(settings).RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));

        using var connection = warehouse.Database.Open();
        Assert.Equal(14L, connection.ExecuteScalar<long>("select count(*) from raw.events"));
        Assert.Equal(1L, connection.ExecuteScalar<long>("select count(*) from config.build"));
        Assert.Single(Directory.EnumerateDirectories(Path.Combine(warehouse.Inbox, "loaded")));
    }

    // Events alone on a new warehouse: the batch is saved (its row quarantined), then the build's data tests fail for
    // want of a registry. The batch is in the warehouse, so it is kept with the loaded ones, not rejected.
    [Fact]
    public void InboxJob_BuildFailsAfterTheBatch_KeepsTheBatchWithTheLoadedOnes()
    {
        warehouse.Write("events.csv", "event_id,org_id,type,date,participants,submitted_at", "E1,P1,members_meeting,2026-10-01,12,");
        var settings = new ServeSettings(
            warehouse.Database, new InboxWatcher(warehouse.Inbox, TimeSpan.Zero), Path.Combine(warehouse.Root, "reports"),
            new CliLanguage("ru"), new PseudonymKey(AnalyticsProcess.Secret));

        var outcome = new InboxJob(settings).RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal(InboxOutcome.LoadedNotBuilt, outcome);
        Assert.Single(Directory.EnumerateDirectories(Path.Combine(warehouse.Inbox, "loaded")));
        Assert.False(Directory.Exists(Path.Combine(warehouse.Inbox, "rejected")));
        using var connection = warehouse.Database.Open();
        Assert.Equal(1L, connection.ExecuteScalar<long>("select count(*) from raw.load_batches"));
    }

    // The reports folder is a file: the week's report cannot be written. The job says so in one message, with no
    // stack trace, and the scheduler goes on (Coravel would otherwise print the exception with its stack).
    [Fact]
    public async Task MorningReportsJob_ReportsFolderIsAFile_SaysSoAndGoesOn()
    {
        SmallFederation.WriteTo(warehouse);
        var reports = Path.Combine(warehouse.Root, "reports");
        File.WriteAllText(reports, "not a folder");
        var settings = new ServeSettings(
            warehouse.Database, new InboxWatcher(warehouse.Inbox, TimeSpan.Zero), reports, new CliLanguage("ru"), new PseudonymKey(AnalyticsProcess.Secret));
        new InboxJob(settings).RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));
        var error = new StringWriter();

        var outcome = await new MorningReportsJob(settings).RunOnceAsync(new DateOnly(2026, 9, 8), error);

        Assert.Equal(MorningOutcome.Failed, outcome);
        Assert.Contains("Еженедельный отчёт не напечатан; планировщик продолжает работу.", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Внутренняя ошибка", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MorningReportsJob_NoWeekEndedYesterday_DoesNothing()
    {
        SmallFederation.WriteTo(warehouse);
        var settings = new ServeSettings(
            warehouse.Database, new InboxWatcher(warehouse.Inbox, TimeSpan.Zero), Path.Combine(warehouse.Root, "reports"),
            new CliLanguage("kk"), new PseudonymKey(AnalyticsProcess.Secret));
        new InboxJob(settings).RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal(MorningOutcome.Nothing, await new MorningReportsJob(settings).RunOnceAsync(new DateOnly(2026, 9, 10), TextWriter.Null));
        Assert.False(Directory.Exists(Path.Combine(warehouse.Root, "reports")));
    }

    // 05.10.2026 is five days after month 1 (September) and the first quarter end: the morning prints month 1's
    // reports of every level, the primary cards of every sector union and the dashboard, in both languages.
    [Fact]
    public async Task MorningReportsJob_MonthlyDay_PrintsMonthlyReportsAndPrimaryCards()
    {
        SmallFederation.WriteTo(warehouse);
        var reports = Path.Combine(warehouse.Root, "reports");
        var settings = new ServeSettings(
            warehouse.Database, new InboxWatcher(warehouse.Inbox, TimeSpan.Zero), reports, new CliLanguage("ru"), new PseudonymKey(AnalyticsProcess.Secret));
        new InboxJob(settings).RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));

        var outcome = await new MorningReportsJob(settings).RunOnceAsync(new DateOnly(2026, 10, 5), TextWriter.Null);

        Assert.Equal(MorningOutcome.Printed, outcome);
        var printed = Directory.GetFiles(reports, "*.pdf").Select(Path.GetFileName).ToList();
        Assert.Contains("monthly-m1-federation-FED-ru.pdf", printed);
        Assert.Contains("monthly-m1-federation-FED-kk.pdf", printed);
        Assert.Contains(printed, name => name!.StartsWith("primary-m1-sector-", StringComparison.Ordinal) && name.EndsWith("-kk.pdf", StringComparison.Ordinal));
        Assert.Contains(printed, name => name!.StartsWith("quarterly-", StringComparison.Ordinal));
    }

    // Every primary closed (active = false): on 05.10.2026 month 1 has no card to print. The cards step says so on its
    // own; the monthly reports of month 1 are printed and delivered, and nothing says they were not.
    [Theory]
    [InlineData("ru", "нет действующих первичных организаций на конец месяца 1", "Карточки первичных организаций за месяц 1 не напечатаны", "Ежемесячные отчёты не напечатаны", "Рассылка")]
    [InlineData("kk", "1-айдың соңында салалық кәсіподақта жұмыс істейтін бастауыш ұйымдар жоқ", "1-айдағы бастауыш ұйымдардың карточкалары басылмады", "Айлық есептер басылмады", "таратылымы")]
    public async Task MorningReportsJob_NoActivePrimary_CardsFailOnTheirOwn_MonthlyReportsArePrintedAndDelivered(
        string language, string refusal, string cardsUnprinted, string monthlyUnprinted, string undelivered)
    {
        SmallFederation.WriteTo(warehouse);
        warehouse.Write("organisations.csv", SmallFederation.Organisations.Select(ClosePrimary).ToArray());
        var reports = Path.Combine(warehouse.Root, "reports");
        var recipients = Path.Combine(warehouse.Root, "recipients.json");
        File.WriteAllText(recipients, """{"federation": ["fed@fprk.kz"]}""");
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();
        var smtp = new SmtpSettings("127.0.0.1", server.Port, MailboxAddress.Parse("analytics@fprk.kz"), SecureSocketOptions.None, null, null);
        var settings = new ServeSettings(
            warehouse.Database, new InboxWatcher(warehouse.Inbox, TimeSpan.Zero), reports, new CliLanguage(language), new PseudonymKey(AnalyticsProcess.Secret))
        {
            Delivery = new DeliveryTarget(recipients, smtp),
        };
        new InboxJob(settings).RunOnce(DateTimeOffset.UtcNow.AddMinutes(1));
        var error = new StringWriter();

        var outcome = await new MorningReportsJob(settings).RunOnceAsync(new DateOnly(2026, 10, 5), error);

        Assert.Equal(MorningOutcome.CardsFailed, outcome);
        var said = error.ToString();
        Assert.Contains(refusal, said, StringComparison.Ordinal);
        Assert.Contains(cardsUnprinted, said, StringComparison.Ordinal);
        Assert.DoesNotContain(monthlyUnprinted, said, StringComparison.Ordinal);
        Assert.DoesNotContain(undelivered, said, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(reports, "primary-*"));
        Assert.Equal(
            ["monthly-m1-federation-FED-kk.pdf", "monthly-m1-federation-FED-ru.pdf", "quarterly-2026-09-30-kk.pdf", "quarterly-2026-09-30-ru.pdf"],
            server.Received.Select(m => m.Attachments.OfType<MimePart>().First().FileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => warehouse.Dispose();

    /// <summary>The registry's line with a primary closed: its last column, active, is false.</summary>
    private static string ClosePrimary(string line) =>
        line.Contains(",primary,", StringComparison.Ordinal) ? line[..(line.LastIndexOf(',') + 1)] + "false" : line;
}
