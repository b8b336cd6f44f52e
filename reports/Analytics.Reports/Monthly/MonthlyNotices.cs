using Analytics.Reports.Common.Views;

namespace Analytics.Reports.Monthly;

/// <summary>
/// What a monthly report says under its title, alike in the PDF and its XLSX companion: which release its figures come
/// from (methodology §14) and who confirmed the month.
/// </summary>
internal static class MonthlyNotices
{
    public static string Release(MonthlyReport report, ReportText text) => ReleaseNotice.Of(report.Revision, report.Campaign, report.Month, text);

    public static string? Confirmation(MonthlyReport report, ReportText text) => report.Confirmation switch
    {
        null => null,
        { OwnConfirmed: { } own } => text[own ? "confirmation_own_confirmed" : "confirmation_own_missing"],
        var counts => text.Text("confirmation_counts",
            ("sector", ReportText.Int(counts.SectorConfirmed)), ("sectors", ReportText.Int(counts.SectorUnions)),
            ("territorial", ReportText.Int(counts.TerritorialConfirmed)), ("territorials", ReportText.Int(counts.Territorial))),
    };
}
