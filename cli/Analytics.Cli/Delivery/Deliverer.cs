using Analytics.Cli.Commands;
using Analytics.Cli.Console;
using Analytics.Reports.Common;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Migrations;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Analytics.Cli.Delivery;

/// <summary>What to deliver: a family's reports of one period (the latest in the folder when none is given) to the recipients of a file.</summary>
/// <param name="Number">The week (weekly) or month (monthly).</param>
/// <param name="Cutoff">The cut-off (yyyy-MM-dd) of a quarterly or final report.</param>
internal sealed record DeliveryRequest(DeliveryFamily Family, int? Number, string? Cutoff, string ReportsDirectory, string RecipientsPath, bool Resend);

/// <summary>What a delivery did; what could not be sent is left for the next run.</summary>
internal sealed record DeliveryOutcome(int Sent, int AlreadySent, IReadOnlyList<(OutgoingMessage Message, string Reason)> Failed, IReadOnlyList<Recipient> Missing)
{
    public int ExitCode => Failed.Count + Missing.Count > 0 ? ExitCodes.NotAllDelivered : ExitCodes.Success;
}

/// <summary>
/// Sends each recipient its reports, one message per report and language, skipping what the journal says was sent
/// (unless resending) and recording each message as soon as the server accepted it.
/// </summary>
internal static class Deliverer
{
    public static async Task<DeliveryOutcome> RunAsync(
        WarehouseDatabase database, DeliveryRequest request, SmtpSettings smtp, CliLanguage language, TextWriter output, CancellationToken cancellation)
    {
        if (!Directory.Exists(request.ReportsDirectory))
        {
            throw new ConfigurationException(
                $"Папка отчётов {request.ReportsDirectory} не найдена: укажите в --reports папку, куда печатает analytics report.",
                $"{request.ReportsDirectory} есептер бумасы табылмады: --reports ішінде analytics report басып шығаратын буманы көрсетіңіз.");
        }

        if (File.Exists(database.Path))
        {
            WarehouseMigrator.Migrate(database);
        }

        using var connection = WarehouseGuard.OpenBuilt(database, language);
        var organisations = ReportScope.ReadAll(connection);
        var recipients = RecipientsFile.Read(request.RecipientsPath, organisations);
        var shelf = ReportShelf.Read(request.ReportsDirectory);
        foreach (var unusable in shelf.Unusable)
        {
            output.WriteLine(language.Say(
                $"  Пропущен {unusable}: манифест не читается или рядом нет его файлов.",
                $"  {unusable} өткізілді: манифест оқылмайды немесе оның файлдары жанында жоқ."));
        }

        var reports = request.Family.Select(shelf.Reports, request.Number, request.Cutoff);
        var plan = DeliveryPlan.Make(request.Family, reports, recipients);
        var journal = new DeliveryJournal(connection);
        var due = plan.Messages.Where(message => request.Resend || !journal.WasSent(message)).ToList();
        var composer = new MailComposer(smtp.From, organisations, WarehouseConfiguration.LoadCampaign(connection));
        var failed = new List<(OutgoingMessage, string)>();
        var sent = 0;
        string? unreachable = null;
        await using (var mailer = new Mailer(smtp, (exception, wait) => output.WriteLine(language.Say(
            $"  Почтовый сервер {smtp.Host}:{smtp.Port}: {exception.Message} Повтор через {wait.TotalSeconds:0.#} с.",
            $"  {smtp.Host}:{smtp.Port} пошта сервері: {exception.Message} {wait.TotalSeconds:0.#} с кейін қайталаймын."))))
        {
            foreach (var message in due)
            {
                if (unreachable is not null)
                {
                    failed.Add((message, unreachable));
                    continue;
                }

                try
                {
                    var mail = composer.Compose(message);
                    await mailer.SendAsync(mail, cancellation);
                    journal.Record(message, mail.MessageId ?? "", DateTimeOffset.UtcNow);
                    sent++;
                    output.WriteLine($"  {Path.GetFileName(message.Report.Files[0])} → {message.Recipient.Address}");
                }
                catch (Exception exception) when (Mailer.IsTransient(exception))
                {
                    unreachable = language.Say($"сервер недоступен ({exception.Message})", $"сервер қолжетімсіз ({exception.Message})");
                    failed.Add((message, unreachable));
                }
                catch (SmtpCommandException refused)
                {
                    failed.Add((message, language.Say($"сервер отказал: {(int)refused.StatusCode} {refused.Message}", $"сервер бас тартты: {(int)refused.StatusCode} {refused.Message}")));
                }
                catch (AuthenticationException)
                {
                    throw new ConfigurationException(
                        $"Почтовый сервер {smtp.Host} не принял вход пользователя «{smtp.User}»: проверьте smtp.user в --config и пароль в {SmtpSettings.PasswordVariable}. Отправлено до этого: {sent}.",
                        $"{smtp.Host} пошта сервері «{smtp.User}» пайдаланушысының кіруін қабылдамады: --config ішіндегі smtp.user мен {SmtpSettings.PasswordVariable} құпиясөзін тексеріңіз. Оған дейін жіберілгені: {sent}.");
                }
                catch (NotSupportedException) when (smtp.User is not null)
                {
                    throw new ConfigurationException(
                        $"Почтовый сервер {smtp.Host}:{smtp.Port} не предлагает вход (AUTH) для smtp.user «{smtp.User}»: уберите smtp.user или включите smtp.tls (starttls или ssl).",
                        $"{smtp.Host}:{smtp.Port} пошта сервері smtp.user «{smtp.User}» үшін кіруді (AUTH) ұсынбайды: smtp.user алып тастаңыз немесе smtp.tls қосыңыз (starttls не ssl).");
                }
                catch (SslHandshakeException tls)
                {
                    throw new ConfigurationException(
                        $"TLS с почтовым сервером {smtp.Host}:{smtp.Port} не установлен ({tls.Message}): проверьте smtp.tls и smtp.port в --config.",
                        $"{smtp.Host}:{smtp.Port} пошта серверімен TLS орнатылмады ({tls.Message}): --config ішіндегі smtp.tls пен smtp.port тексеріңіз.", tls);
                }
            }
        }

        var outcome = new DeliveryOutcome(sent, plan.Messages.Count - due.Count, failed, plan.Missing);
        Summarise(request, outcome, language, output);
        return outcome;
    }

    private static void Summarise(DeliveryRequest request, DeliveryOutcome outcome, CliLanguage language, TextWriter output)
    {
        output.WriteLine(language.Say(
            $"Рассылка {request.Family.Name}: отправлено писем {outcome.Sent}, отправлены раньше {outcome.AlreadySent}, не отправлено {outcome.Failed.Count}.",
            $"{request.Family.Name} таратылымы: жіберілген хаттар {outcome.Sent}, бұрын жіберілгені {outcome.AlreadySent}, жіберілмегені {outcome.Failed.Count}."));
        foreach (var (message, reason) in outcome.Failed)
        {
            output.WriteLine(language.Say(
                $"  Не отправлено: {Path.GetFileName(message.Report.Files[0])} → {message.Recipient.Address}: {reason}. Будет отправлено при следующем запуске.",
                $"  Жіберілмеді: {Path.GetFileName(message.Report.Files[0])} → {message.Recipient.Address}: {reason}. Келесі іске қосуда жіберіледі."));
        }

        foreach (var group in outcome.Missing.GroupBy(r => (r.Scope, r.Key)))
        {
            var addresses = string.Join(", ", group.Select(r => r.Address));
            output.WriteLine(language.Say(
                $"  Нет отчёта {request.Family.Name} для {group.Key.Scope} {group.Key.Key} в {request.ReportsDirectory} (получатели: {addresses}): напечатайте его (analytics report) и повторите рассылку.",
                $"  {request.ReportsDirectory} ішінде {group.Key.Scope} {group.Key.Key} үшін {request.Family.Name} есебі жоқ (алушылар: {addresses}): оны басып шығарып (analytics report), таратуды қайталаңыз."));
        }
    }
}
