using System.CommandLine;
using Analytics.Cli.Delivery;
using Analytics.Cli.Errors;
using Analytics.Cli.Serve;
using Analytics.Etl.Privacy;
using Analytics.Warehouse.Configuration;
using Coravel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Analytics.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(GlobalOptions global)
    {
        var inbox = new Option<string>("--inbox") { Description = "Папка, куда поступают файлы / Folder to watch", DefaultValueFactory = _ => "inbox" };
        var outDirectory = new Option<string>("--out") { Description = "Папка для отчётов / Reports folder", DefaultValueFactory = _ => "reports" };
        var recipients = new Option<string?>("--recipients")
        {
            Description = "Файл получателей JSON: напечатанные отчёты рассылаются по почте (smtp в --config) / Recipients file: e-mail the reports",
        };
        var command = new Command(
            "serve",
            "Планировщик: загрузка из папки каждую минуту; каждое утро по Алматы еженедельный, ежемесячные, квартальный и итоговый отчёты в свой срок и их рассылка / The scheduler");
        command.Options.Add(inbox);
        command.Options.Add(outDirectory);
        command.Options.Add(recipients);
        command.SetAction(async (result, cancellation) =>
        {
            var language = global.LanguageOf(result);
            var key = LoadCommand.KeyOf(global, result, language);
            var settings = new ServeSettings(
                global.WarehouseOf(result), new InboxWatcher(result.GetValue(inbox)!, TimeSpan.FromMinutes(1)),
                Path.GetFullPath(result.GetValue(outDirectory)!), language, key)
            {
                Schedule = global.ServeScheduleOf(result),
                Delivery = result.GetValue(recipients) is { } path ? new DeliveryTarget(Path.GetFullPath(path), global.SmtpOf(result)) : null,
            };
            if (settings.Delivery is { } delivery)
            {
                RecipientsFile.Parse(delivery.RecipientsPath);
            }

            await RunAsync(settings, cancellation);
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(ServeSettings settings, CancellationToken cancellation)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(settings);
        builder.Services.AddScheduler();
        builder.Services.AddTransient<InboxJob>();
        builder.Services.AddTransient<MorningReportsJob>();
        using var host = builder.Build();
        host.Services.UseScheduler(scheduler =>
        {
            scheduler.Schedule<InboxJob>().EveryMinute().PreventOverlapping(nameof(InboxJob));
            var morning = settings.Schedule.RunAtUtc;
            scheduler.Schedule<MorningReportsJob>().DailyAt(morning.Hour, morning.Minute).PreventOverlapping(nameof(MorningReportsJob));
        }).OnError(exception => System.Console.Error.WriteLine(ErrorBoundary.Describe(exception, settings.Language, ["serve"])));

        System.Console.WriteLine(settings.Language.Say(
            $"Планировщик запущен: папка {settings.Inbox.Inbox}, отчёты в {settings.ReportsDirectory} каждое утро в {settings.Schedule.RunAt:HH\\:mm} по Алматы, {Recipients(settings)}. Остановка: Ctrl+C.",
            $"Жоспарлағыш іске қосылды: {settings.Inbox.Inbox} бумасы, есептер {settings.ReportsDirectory} ішінде күн сайын таңертең Алматы уақытымен {settings.Schedule.RunAt:HH\\:mm}, {RecipientsKk(settings)}. Тоқтату: Ctrl+C."));
        await host.RunAsync(cancellation);
    }

    private static string Recipients(ServeSettings settings) =>
        settings.Delivery is { } delivery ? $"рассылка по {delivery.RecipientsPath} через {delivery.Smtp.Host}" : "без рассылки (нет --recipients)";

    private static string RecipientsKk(ServeSettings settings) =>
        settings.Delivery is { } delivery ? $"{delivery.RecipientsPath} бойынша {delivery.Smtp.Host} арқылы тарату" : "таратусыз (--recipients жоқ)";
}
