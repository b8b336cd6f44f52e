using Analytics.Cli.Console;
using Analytics.Cli.Delivery;
using Analytics.Etl.Privacy;
using Analytics.Warehouse;

namespace Analytics.Cli.Serve;

/// <summary>What the scheduler works on: the warehouse, the inbox it watches, where reports go and in which language.</summary>
internal sealed record ServeSettings(WarehouseDatabase Database, InboxWatcher Inbox, string ReportsDirectory, CliLanguage Language, PseudonymKey Key)
{
    /// <summary>The warehouse file takes one writer at a time, so jobs never overlap.</summary>
    public SemaphoreSlim WarehouseLock { get; } = new(1, 1);

    public ServeSchedule Schedule { get; init; } = ServeSchedule.Default;

    /// <summary>Whom the printed reports are e-mailed to and through which server; null when nothing is delivered.</summary>
    public DeliveryTarget? Delivery { get; init; }
}

/// <summary>The recipients file and the mail server <c>serve</c> delivers with.</summary>
internal sealed record DeliveryTarget(string RecipientsPath, SmtpSettings Smtp);
