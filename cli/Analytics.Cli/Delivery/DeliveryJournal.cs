using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Cli.Delivery;

/// <summary>
/// <c>ops.delivery_journal</c>: what was sent, so that a second run sends nothing twice. The same report, language,
/// recipient and content is one delivery; a report printed again with different content (new SHA-256) is a new one.
/// </summary>
internal sealed class DeliveryJournal(DuckDBConnection connection)
{
    public bool WasSent(OutgoingMessage message) =>
        connection.ExecuteScalar<long>(
            """
            select count(*) from ops.delivery_journal
            where family = $family and period = $period and scope = $scope and key = $key and language = $language
              and recipient = $recipient and files_sha256 = $files_sha256
            """,
            Parameters(message)) > 0;

    public void Record(OutgoingMessage message, string messageId, DateTimeOffset sentAt)
    {
        var parameters = Parameters(message);
        parameters.Add("attachments", string.Join(' ', message.Report.Files.Select(Path.GetFileName)));
        parameters.Add("sent_at", sentAt.UtcDateTime);
        parameters.Add("message_id", messageId);
        connection.Execute(
            """
            insert into ops.delivery_journal
            values ($family, $period, $scope, $key, $language, $recipient, $files_sha256, $attachments, $sent_at, $message_id)
            """,
            parameters);
    }

    private static DynamicParameters Parameters(OutgoingMessage message)
    {
        var manifest = message.Report.Manifest;
        var parameters = new DynamicParameters();
        parameters.Add("family", manifest.Report);
        parameters.Add("period", message.Report.Period);
        parameters.Add("scope", manifest.Scope);
        parameters.Add("key", manifest.Key);
        parameters.Add("language", manifest.Language);
        parameters.Add("recipient", message.Recipient.Address);
        parameters.Add("files_sha256", message.Report.FilesSha256);
        return parameters;
    }
}
