namespace Analytics.Reports.Common.Views;

/// <summary>
/// What a month's report says of its figures (methodology §14): «Редакция r» of a released month, or that they are
/// preliminary.
/// </summary>
internal static class ReleaseNotice
{
    public static string Of(int? revision, CampaignInfo campaign, int month, ReportText text) => revision is { } released
        ? text.Text("release_revision", ("revision", ReportText.Int(released)), ("end", text.Format.Date(campaign.MonthEnd(month))))
        : text["release_preliminary"];
}
