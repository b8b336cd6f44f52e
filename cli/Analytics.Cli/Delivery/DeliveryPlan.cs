using Analytics.Reports.Common;

namespace Analytics.Cli.Delivery;

/// <summary>One report in one language for one recipient: one e-mail with the report's PDF and XLSX.</summary>
internal sealed record OutgoingMessage(Recipient Recipient, ShelvedReport Report);

/// <summary>
/// Who receives what: each recipient its own level's reports, a sector union's or territorial association's only its
/// own organisation's, in every language printed; and the recipients whose report is not in the folder.
/// </summary>
internal sealed record DeliveryPlan(IReadOnlyList<OutgoingMessage> Messages, IReadOnlyList<Recipient> Missing)
{
    public static DeliveryPlan Make(DeliveryFamily family, IReadOnlyList<ShelvedReport> reports, IReadOnlyList<Recipient> recipients)
    {
        var messages = new List<OutgoingMessage>();
        var missing = new List<Recipient>();
        foreach (var recipient in recipients.Where(r => family.Scopes.Contains(r.Scope)))
        {
            var own = reports
                .Where(report => report.Manifest.Scope == recipient.Scope
                    && (recipient.Scope == ReportScope.Federation || report.Manifest.Key == recipient.Key))
                .OrderBy(report => family.Reports.ToList().IndexOf(report.Manifest.Report))
                .ThenBy(report => report.Manifest.Language, StringComparer.Ordinal)
                .ToList();
            if (!own.Any(report => report.Manifest.Report == family.Reports[0]))
            {
                missing.Add(recipient);
            }

            messages.AddRange(own.Select(report => new OutgoingMessage(recipient, report)));
        }

        return new DeliveryPlan(messages, missing);
    }
}
