using System.Globalization;
using Analytics.Cli.Console;
using Analytics.Cli.Delivery;
using Analytics.Cli.Serve;
using Analytics.Etl.Privacy;
using Analytics.Warehouse.Configuration;
using MailKit.Security;
using MimeKit;

namespace Analytics.EndToEnd.Tests.Delivery;

/// <summary>When <c>serve</c> prints and delivers each family, on a fake clock.</summary>
public sealed class ServeDeliveryTests(BuiltSmallFederation federation) : IClassFixture<BuiltSmallFederation>, IDisposable
{
    private static readonly CampaignSettings Campaign = CampaignSettings.Parse("""{"start_month": "2026-09", "months": 4}""", "test");
    private readonly string root = Directory.CreateTempSubdirectory("senim-serve-").FullName;

    // Campaign 2026-09..2026-12; defaults: months and quarters 5 days after their last day, the final report 10 days
    // after the campaign's. A week is due the morning after it ends (week 4 ends 30.09, week 8 on 31.10, week 16 on
    // 31.12). Month 1 ends 30.09: due 05.10, built at 04.10. Month 2 ends 31.10: due 05.11 (not 04.11). Month 3 ends
    // 30.11: due 05.12. Month 4 ends 31.12: due 05.01, built at 31.12 (the campaign's last day, not 04.01). Quarters
    // end 30.09 and 31.12. The final report: 31.12 + 10 = 10.01.
    [Theory]
    [InlineData("2026-10-04", "weekly", 4, "2026-09-30", "2026-10-01")]
    [InlineData("2026-10-04", "monthly", null, null, null)]
    [InlineData("2026-10-04", "quarterly", null, null, null)]
    [InlineData("2026-10-05", "monthly", 1, "2026-10-04", "2026-10-05")]
    [InlineData("2026-10-05", "quarterly", null, "2026-09-30", "2026-10-05")]
    [InlineData("2026-11-04", "monthly", 1, "2026-10-04", "2026-10-05")]
    [InlineData("2026-11-05", "monthly", 2, "2026-11-04", "2026-11-05")]
    [InlineData("2026-11-05", "weekly", 8, "2026-10-31", "2026-11-01")]
    [InlineData("2026-12-04", "monthly", 2, "2026-11-04", "2026-11-05")]
    [InlineData("2026-12-05", "monthly", 3, "2026-12-04", "2026-12-05")]
    [InlineData("2027-01-05", "monthly", 4, "2026-12-31", "2027-01-05")]
    [InlineData("2027-01-05", "quarterly", null, "2026-12-31", "2027-01-05")]
    [InlineData("2027-01-05", "weekly", 16, "2026-12-31", "2027-01-01")]
    [InlineData("2027-01-09", "final", null, null, null)]
    [InlineData("2027-01-10", "final", null, "2026-12-31", "2027-01-10")]
    [InlineData("2026-09-01", "weekly", null, null, null)]
    public void LatestDue_Today_GivesEachFamilysLatestPeriodDue(string today, string family, int? number, string? cutoff, string? dueOn)
    {
        var due = ReportSchedule.LatestDue(Day(today), Campaign, ServeSchedule.Default).SingleOrDefault(run => run.Family.Name == family);

        if (cutoff is null)
        {
            Assert.Null(due);
            return;
        }

        Assert.Equal(new DueRun(DeliveryFamily.Parse(family), number, Day(cutoff), Day(dueOn!)), due);
    }

    [Fact]
    public void LatestDue_ConfiguredDaysAfter_MoveTheMonthlyRun()
    {
        var schedule = ServeSchedule.Default with { MonthlyDaysAfter = 1 };

        var monthly = ReportSchedule.LatestDue(Day("2026-10-01"), Campaign, schedule).Single(run => run.Family == DeliveryFamily.Monthly);

        Assert.Equal((1, Day("2026-09-30")), (monthly.Number!.Value, monthly.Cutoff));
    }

    // 06:00 in Almaty is 01:00 UTC; 03:30 in Almaty is 22:30 UTC the day before.
    [Theory]
    [InlineData("06:00", 1, 0)]
    [InlineData("03:30", 22, 30)]
    public void ServeSchedule_RunAt_IsAlmatyTime(string runAt, int utcHour, int utcMinute)
    {
        var schedule = ServeSchedule.From(new ServeSection(runAt, null, null, null), "serve.json");

        Assert.Equal(new TimeOnly(utcHour, utcMinute), schedule.RunAtUtc);
        Assert.Equal(ServeSchedule.Default.MonthlyDaysAfter, schedule.MonthlyDaysAfter);
    }

    [Theory]
    [InlineData("25:00", null, "serve.json, ключ serve.run_at")]
    [InlineData(null, 0, "serve.json, ключ serve.monthly_days_after: ожидается число дней от 1 до 60")]
    public void ServeSchedule_BadValue_NamesTheFileAndKey(string? runAt, int? monthlyDaysAfter, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => ServeSchedule.From(new ServeSection(runAt, monthlyDaysAfter, null, null), "serve.json"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    // 07.10.2026: nothing is due that day (week 5 ends today, month 1 and the first quarter were due on 05.10), so
    // nothing is printed; what was printed for week 4, month 1 and the quarter ending 30.09 is delivered (not the
    // older quarter's). Run again after a restart (a new job on the same warehouse), it sends nothing again.
    [Fact]
    public async Task MorningReportsJob_PeriodsDueEarlier_AreDeliveredOnceAcrossRestarts()
    {
        var database = federation.CopyTo(root);
        var reports = new ReportsFolder(Path.Combine(root, "reports"));
        reports.Add("weekly", "federation", "FED", "ru", week: 4, cutoff: "2026-09-30");
        reports.Add("monthly", "federation", "FED", "ru", month: 1, cutoff: "2026-10-04");
        reports.Add("quarterly", "federation", "FED", "ru", cutoff: "2026-09-30");
        reports.Add("quarterly", "federation", "FED", "ru", cutoff: "2026-06-30");
        var recipients = Path.Combine(root, "recipients.json");
        File.WriteAllText(recipients, """{"federation": ["fed@fprk.kz"]}""");
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();
        var smtp = new SmtpSettings("127.0.0.1", server.Port, MailboxAddress.Parse("analytics@fprk.kz"), SecureSocketOptions.None, null, null);
        ServeSettings Settings() => new(database, new InboxWatcher(Path.Combine(root, "inbox"), TimeSpan.Zero), reports.Path, new CliLanguage("ru"), new PseudonymKey(AnalyticsProcess.Secret))
        {
            Delivery = new DeliveryTarget(recipients, smtp),
        };
        var filesBefore = Directory.GetFiles(reports.Path).Length;

        var first = await new MorningReportsJob(Settings()).RunOnceAsync(Day("2026-10-07"), TextWriter.Null);
        var second = await new MorningReportsJob(Settings()).RunOnceAsync(Day("2026-10-07"), TextWriter.Null);

        Assert.Equal((MorningOutcome.Nothing, MorningOutcome.Nothing), (first, second));
        Assert.Equal(filesBefore, Directory.GetFiles(reports.Path).Length);
        Assert.Equal(
            ["monthly-m1-federation-FED-ru.pdf", "quarterly-2026-09-30-federation-FED-ru.pdf", "weekly-w04-federation-FED-ru.pdf"],
            server.Received.Select(m => m.Attachments.OfType<MimePart>().First().FileName).Order(StringComparer.Ordinal));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose() => Directory.Delete(root, recursive: true);
}
