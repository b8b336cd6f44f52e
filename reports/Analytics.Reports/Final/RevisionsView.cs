using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;

namespace Analytics.Reports.Final;

/// <summary>The revisions of each campaign month (methodology §14): a month never released is preliminary.</summary>
internal sealed record RevisionsView(string Lead, IReadOnlyList<RevisionRow> Rows)
{
    public static RevisionsView Build(IReadOnlyList<MonthRevision> revisions, CampaignInfo campaign, ReportText text) => new(
        text["revisions_lead"],
        Enumerable.Range(1, campaign.Months)
            .SelectMany(month => revisions.Where(r => r.Month == month).OrderBy(r => r.Revision).ToList() is { Count: > 0 } released
                ? released.Select(r => new RevisionRow(
                    text.MonthYear(campaign, month),
                    ReportText.Int(r.Revision),
                    text.Format.Date(r.Cutoff),
                    text.Format.Date(DateOnly.FromDateTime(r.ReleasedAt.ToOffset(TimeSpan.FromHours(5)).DateTime)),
                    r.Changes is { } changes ? text.Count(changes) : "—"))
                : [new RevisionRow(text.MonthYear(campaign, month), text["revisions_not_released"], "", "", "")])
            .ToList());
}

internal sealed record RevisionRow(string Month, string Revision, string Cutoff, string Released, string Changes);
