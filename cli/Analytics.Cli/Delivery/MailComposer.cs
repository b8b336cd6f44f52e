using System.Globalization;
using Analytics.Reports.Common;
using Analytics.Reports.Localization;
using Analytics.Warehouse.Configuration;
using MimeKit;
using MimeKit.Utils;

namespace Analytics.Cli.Delivery;

/// <summary>Writes the e-mail of one report in the report's own language: subject, a short body, the PDF and XLSX attached.</summary>
internal sealed class MailComposer(MailboxAddress from, IReadOnlyList<ReportScope> organisations, CampaignSettings campaign)
{
    public MimeMessage Compose(OutgoingMessage outgoing)
    {
        var manifest = outgoing.Report.Manifest;
        var language = ReportLanguage.Parse(manifest.Language);
        var title = Title(manifest, language);
        var cutoff = DateOnly.ParseExact(manifest.Cutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lead = manifest.Report == "primary"
            ? language.Text("mail.body_primary", ("month", Number(manifest.Month)), ("date", language.Format.Date(cutoff)))
            : language.Text("mail.body_report", ("title", title), ("date", language.Format.Date(cutoff)));
        var body = new BodyBuilder { TextBody = $"{language["mail.greeting"]}\n\n{lead}\n\n{language["mail.footer"]}\n" };
        foreach (var file in outgoing.Report.Files)
        {
            body.Attachments.Add(file);
        }

        var message = new MimeMessage
        {
            Subject = language.Text("mail.subject", ("title", title), ("organisation", OrganisationName(manifest.Key, language))),
            Body = body.ToMessageBody(),
            MessageId = MimeUtils.GenerateMessageId(from.Domain),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(outgoing.Recipient.Address));
        return message;
    }

    private string Title(Analytics.Reports.Pipeline.ReportManifest manifest, ReportLanguage language) => manifest.Report switch
    {
        "weekly" => language.Text("document_title", ("week", Number(manifest.Week))),
        "monthly" => language.Text("mail.title_monthly", ("title", language["monthly_title." + manifest.Scope]), ("month", Number(manifest.Month))),
        "primary" => language.Text("mail.title_primary", ("month", Number(manifest.Month))),
        "quarterly" => language.Text("dashboard_document_title", ("date", language.Format.Date(DateOnly.ParseExact(manifest.Cutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture)))),
        "final" => language.Text("final_document_title", ("name", language.Code == "kk" ? campaign.NameKk : campaign.NameRu)),
        _ => throw new InvalidOperationException($"No e-mail is written for a report of kind \"{manifest.Report}\"."),
    };

    private string OrganisationName(string key, ReportLanguage language) =>
        organisations.FirstOrDefault(o => o.Key == key)?.Name(language.Code == "kk") ?? key;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
