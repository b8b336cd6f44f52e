using Analytics.Cli;
using Analytics.Cli.Console;
using Analytics.Cli.Delivery;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Extracts;
using Dapper;
using MailKit.Security;
using MimeKit;

namespace Analytics.EndToEnd.Tests.Delivery;

/// <summary>
/// `analytics deliver` against a real SMTP server on loopback. The folder holds, for month 1: the national report in
/// ru and kk, S1's in ru and kk with S1's primary-cards bundle, S2's in ru, T1's in ru; recipients are one address
/// at the federation, two at S1, one at S2 and one at T1.
/// </summary>
public sealed class DeliveryTests : IClassFixture<BuiltSmallFederation>, IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("senim-deliver-").FullName;
    private readonly WarehouseDatabase database;
    private readonly ReportsFolder reports;
    private readonly string recipients;

    public DeliveryTests(BuiltSmallFederation federation)
    {
        database = federation.CopyTo(root);
        reports = new ReportsFolder(Path.Combine(root, "reports"));
        reports.Add("monthly", "federation", "FED", "ru", month: 1);
        reports.Add("monthly", "federation", "FED", "kk", month: 1);
        reports.Add("monthly", "sector", "S1", "ru", month: 1);
        reports.Add("monthly", "sector", "S1", "kk", month: 1);
        reports.Add("primary", "sector", "S1", "ru", month: 1);
        reports.Add("monthly", "sector", "S2", "ru", month: 1);
        reports.Add("monthly", "territorial", "T1", "ru", month: 1);
        reports.Add("weekly", "federation", "FED", "ru", week: 4);
        recipients = Write("recipients.json", """
            {
              "federation": ["fed@fprk.kz"],
              "sector": { "S1": ["s1-chair@edu.kz", "Секретарь <s1-secretary@edu.kz>"], "S2": ["s2@health.kz"] },
              "territorial": { "T1": ["t1@almaty.kz"] }
            }
            """);
    }

    // Every recipient gets its own level's report in each language printed, and S1 its primary cards: 2 + 3 + 3 + 1 + 1 = 10.
    [Fact]
    public async Task Deliver_Monthly_EachRecipientReceivesItsOwnLevelOnly()
    {
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();

        var (outcome, _) = await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port);

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(10, outcome.Sent);
        Assert.Equal(["monthly-m1-federation-FED-kk.pdf", "monthly-m1-federation-FED-ru.pdf"], FirstAttachments(server.To("fed@fprk.kz")));
        foreach (var s1 in new[] { "s1-chair@edu.kz", "s1-secretary@edu.kz" })
        {
            Assert.Equal(["monthly-m1-sector-S1-kk.pdf", "monthly-m1-sector-S1-ru.pdf", "primary-m1-sector-S1-ru.pdf"], FirstAttachments(server.To(s1)));
        }

        Assert.Equal(["monthly-m1-sector-S2-ru.pdf"], FirstAttachments(server.To("s2@health.kz")));
        Assert.Equal(["monthly-m1-territorial-T1-ru.pdf"], FirstAttachments(server.To("t1@almaty.kz")));
        var s2 = Assert.Single(server.To("s2@health.kz"));
        Assert.Equal(["monthly-m1-sector-S2-ru.pdf", "monthly-m1-sector-S2-ru.xlsx"], s2.Attachments.OfType<MimePart>().Select(part => part.FileName));
        Assert.Equal(File.ReadAllBytes(Path.Combine(reports.Path, "monthly-m1-sector-S2-ru.pdf")), Content(s2.Attachments.OfType<MimePart>().First()));
    }

    [Fact]
    public async Task Deliver_Monthly_SubjectAndBodyAreInTheReportsLanguage()
    {
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();

        await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port);

        var messages = server.To("s1-chair@edu.kz");
        var russian = messages.Single(m => FirstAttachment(m) == "monthly-m1-sector-S1-ru.pdf");
        var kazakh = messages.Single(m => FirstAttachment(m) == "monthly-m1-sector-S1-kk.pdf");
        var cards = messages.Single(m => FirstAttachment(m) == "primary-m1-sector-S1-ru.pdf");
        Assert.Equal("Аналитический отчёт по отрасли за месяц 1 — Профсоюз образования", russian.Subject);
        Assert.StartsWith("Здравствуйте!", russian.TextBody, StringComparison.Ordinal);
        Assert.Contains("Данные на 15.10.2026", russian.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Сәлеметсіз бе!", kazakh.TextBody, StringComparison.Ordinal);
        Assert.Contains("Білім кәсіподағы", kazakh.Subject, StringComparison.Ordinal);
        Assert.Equal("Карточки первичных организаций за месяц 1 — Профсоюз образования", cards.Subject);
        Assert.Equal("analytics@fprk.kz", Assert.Single(russian.From.Mailboxes).Address);
    }

    [Fact]
    public async Task Deliver_SecondRun_SendsNothingTwice_ResendSendsAgain()
    {
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();
        await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port);

        var (again, output) = await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port);
        Assert.Equal((0, 10), (again.Sent, again.AlreadySent));
        Assert.Equal(10, server.Received.Count);
        Assert.Contains("отправлено писем 0, отправлены раньше 10, не отправлено 0", output, StringComparison.Ordinal);

        var (resent, _) = await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port, resend: true);
        Assert.Equal(10, resent.Sent);
        Assert.Equal(20, server.Received.Count);
        Assert.Equal(20L, JournalRows());
    }

    // S2's report printed again with other content is a new delivery: its recipient gets it, no one else does.
    [Fact]
    public async Task Deliver_ReportChangedSinceSent_IsSentAgainAlone()
    {
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();
        await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port);
        File.AppendAllText(Path.Combine(reports.Path, "monthly-m1-sector-S2-ru.xlsx"), "revision 2");

        var (outcome, _) = await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port);

        Assert.Equal((1, 9), (outcome.Sent, outcome.AlreadySent));
        Assert.Equal(2, server.To("s2@health.kz").Count);
    }

    // Nothing listens on the port at first: the connection is refused. The server starts when the delivery says it
    // will retry (in 1 s), and every message goes out once.
    [Fact]
    public async Task Deliver_FirstConnectionRefused_IsRetriedAndSent()
    {
        await using var server = new LoopbackSmtpServer();
        Task? starting = null;
        var output = new WatchingWriter(line =>
        {
            if (line.Contains("Повтор через", StringComparison.Ordinal))
            {
                starting ??= server.StartAsync();
            }
        });

        var (outcome, text) = await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port, retries: 6, firstRetryDelay: TimeSpan.FromSeconds(1), output: output);

        Assert.NotNull(starting);
        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(10, server.Received.Count);
        Assert.Contains("Connection refused", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_ConnectionDroppedMidMessage_IsRetriedAndSentOnce()
    {
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();
        using var proxy = new DroppingProxy(server.Port);

        var (outcome, output) = await DeliverAsync(DeliveryFamily.Monthly, 1, proxy.Port);

        Assert.Equal(1, proxy.Dropped);
        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(10, server.Received.Count);
        Assert.Equal(2, server.To("fed@fprk.kz").Count);
        Assert.Contains("Повтор через", output, StringComparison.Ordinal);
    }

    // A server that never answers: every message is reported unsent (exit 5), nothing is journaled, and the next
    // run, with the server back, sends them all.
    [Fact]
    public async Task Deliver_ServerUnreachable_ReportsUnsentAndLeavesThemForTheNextRun()
    {
        var port = LoopbackSmtpServer.FreePort();

        var (failed, output) = await DeliverAsync(DeliveryFamily.Monthly, 1, port, retries: 1);

        Assert.Equal(ExitCodes.NotAllDelivered, failed.ExitCode);
        Assert.Equal((0, 10), (failed.Sent, failed.Failed.Count));
        Assert.Contains("Не отправлено: monthly-m1-federation-FED-kk.pdf → fed@fprk.kz: сервер недоступен", output, StringComparison.Ordinal);
        Assert.Contains("Будет отправлено при следующем запуске.", output, StringComparison.Ordinal);
        Assert.Equal(0L, JournalRows());

        await using var server = new LoopbackSmtpServer(port);
        await server.StartAsync();
        var (next, _) = await DeliverAsync(DeliveryFamily.Monthly, 1, port);
        Assert.Equal(10, next.Sent);
    }

    // Weekly reports are national: sector and territorial recipients get nothing and miss nothing.
    [Fact]
    public async Task Deliver_Weekly_GoesToTheFederationOnly()
    {
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();

        var (outcome, _) = await DeliverAsync(DeliveryFamily.Weekly, null, server.Port);

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal(["weekly-w04-federation-FED-ru.pdf"], FirstAttachments(server.To("fed@fprk.kz")));
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task Deliver_RecipientsReportMissing_IsReportedAndTheOthersAreSent()
    {
        File.Delete(Path.Combine(reports.Path, "monthly-m1-territorial-T1-ru.manifest.json"));
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();

        var (outcome, output) = await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port);

        Assert.Equal(ExitCodes.NotAllDelivered, outcome.ExitCode);
        Assert.Equal(9, outcome.Sent);
        Assert.Contains("Нет отчёта monthly для territorial T1", output, StringComparison.Ordinal);
        Assert.Contains("t1@almaty.kz", output, StringComparison.Ordinal);
    }

    // The journal holds the officials' addresses; no extract table, nor the data dictionary, carries them.
    [Fact]
    public async Task Extract_AfterDelivery_HoldsNoRecipientAndNoJournal()
    {
        await using var server = new LoopbackSmtpServer();
        await server.StartAsync();
        await DeliverAsync(DeliveryFamily.Monthly, 1, server.Port);
        var extracts = Path.Combine(root, "extracts");

        using (var connection = database.Open())
        {
            ExtractWriter.Write(connection, extracts, ExtractFormat.Csv);
        }

        var text = string.Concat(Directory.EnumerateFiles(extracts, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("FED", text, StringComparison.Ordinal);
        foreach (var address in new[] { "fed@fprk.kz", "s1-chair@edu.kz", "s1-secretary@edu.kz", "s2@health.kz", "t1@almaty.kz" })
        {
            Assert.DoesNotContain(address, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("delivery_journal", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"sector": {"S9": ["a@b.kz"]}}""", "ключ sector.S9: действующего отраслевого профсоюза с таким org_id нет в хранилище", "sector.S9 кілті")]
    [InlineData("""{"territorial": {"S1": ["a@b.kz"]}}""", "ключ territorial.S1: действующего территориального объединения", "territorial.S1 кілті")]
    [InlineData("""{"sector": {"S1": ["a@b.kz", "not an address"]}}""", "ключ sector.S1[1]: «not an address» — не адрес электронной почты", "sector.S1[1] кілті")]
    [InlineData("""{"federation": "fed@fprk.kz"}""", "ключ federation: ожидается список адресов", "federation кілті")]
    [InlineData("""{"regions": {}}""", "ключ regions: неизвестный ключ", "regions кілті")]
    public async Task Deliver_BadRecipientsFile_NamesTheFileAndTheKey(string json, string russian, string kazakh)
    {
        var path = Write("bad.json", json);

        var error = await Assert.ThrowsAsync<ConfigurationException>(
            () => Deliverer.RunAsync(database, Request(DeliveryFamily.Monthly, 1, path), Smtp(LoopbackSmtpServer.FreePort()), new CliLanguage("ru"), TextWriter.Null, CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(russian, error.Message, StringComparison.Ordinal);
        Assert.Contains(kazakh, error.MessageKk, StringComparison.Ordinal);
    }

    private async Task<(DeliveryOutcome Outcome, string Output)> DeliverAsync(
        DeliveryFamily family, int? number, int port, bool resend = false, int retries = 3, TimeSpan? firstRetryDelay = null, StringWriter? output = null)
    {
        output ??= new StringWriter();
        var smtp = Smtp(port) with { RetryAttempts = retries, FirstRetryDelay = firstRetryDelay ?? TimeSpan.FromMilliseconds(200) };
        var outcome = await Deliverer.RunAsync(database, Request(family, number, recipients) with { Resend = resend }, smtp, new CliLanguage("ru"), output, CancellationToken.None);
        return (outcome, output.ToString());
    }

    private DeliveryRequest Request(DeliveryFamily family, int? number, string recipientsPath) =>
        new(family, number, null, reports.Path, recipientsPath, Resend: false);

    private static SmtpSettings Smtp(int port) =>
        new("127.0.0.1", port, MailboxAddress.Parse("Senim Analytics <analytics@fprk.kz>"), SecureSocketOptions.None, null, null) { Timeout = TimeSpan.FromSeconds(10) };

    private long JournalRows()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("select count(*) from ops.delivery_journal");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string FirstAttachment(MimeMessage message) => message.Attachments.OfType<MimePart>().First().FileName ?? "";

    private static List<string> FirstAttachments(IEnumerable<MimeMessage> messages) => messages.Select(FirstAttachment).Order(StringComparer.Ordinal).ToList();

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>Keeps what is written and shows each line to <paramref name="watch"/> as it comes.</summary>
    private sealed class WatchingWriter(Action<string> watch) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            watch(value ?? "");
        }
    }
}
