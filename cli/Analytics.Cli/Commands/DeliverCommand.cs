using System.CommandLine;
using Analytics.Cli.Delivery;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics deliver weekly|monthly|quarterly|final</c>: e-mails the printed reports to their recipients.</summary>
internal static class DeliverCommand
{
    public static Command Create(GlobalOptions global)
    {
        var family = new Argument<string>("family") { Description = "weekly, monthly, quarterly или final / Report family" };
        family.AcceptOnlyFromAmong(DeliveryFamily.All.Select(f => f.Name).ToArray());
        var week = new Option<int?>("--week") { Description = "Неделя кампании (по умолчанию последняя в папке) / Campaign week" };
        var month = new Option<int?>("--month") { Description = "Месяц кампании (по умолчанию последний в папке) / Campaign month" };
        var reports = new Option<string>("--reports") { Description = "Папка с отчётами и их манифестами / Reports folder", Required = true };
        var recipients = new Option<string>("--recipients") { Description = "Файл получателей JSON / Recipients file", Required = true };
        var resend = new Option<bool>("--resend") { Description = "Отправить снова, даже если уже отправлено / Send again what was sent" };
        var command = new Command(
            "deliver",
            "Разослать отчёты по электронной почте: каждому получателю отчёты его уровня; отправленное записывается в журнал и не повторяется / E-mail the reports");
        command.Arguments.Add(family);
        command.Options.Add(week);
        command.Options.Add(month);
        command.Options.Add(reports);
        command.Options.Add(recipients);
        command.Options.Add(resend);
        command.SetAction(async (result, cancellation) =>
        {
            var chosen = DeliveryFamily.Parse(result.GetValue(family)!);
            chosen.CheckOptions(result.GetValue(week), result.GetValue(month));
            var request = new DeliveryRequest(
                chosen,
                result.GetValue(week) ?? result.GetValue(month),
                null,
                Path.GetFullPath(result.GetValue(reports)!),
                result.GetValue(recipients)!,
                result.GetValue(resend));
            var outcome = await Deliverer.RunAsync(
                global.WarehouseOf(result), request, global.SmtpOf(result), global.LanguageOf(result), System.Console.Out, cancellation);
            return outcome.ExitCode;
        });
        return command;
    }
}
