using Analytics.Reports.Common.Views;

namespace Analytics.Reports.Primary;

/// <summary>Which release the cards' figures come from, alike on every card and in the XLSX (methodology §14).</summary>
internal static class PrimaryCardsNotices
{
    public static string Release(PrimaryCardsReport report, ReportText text) => report.ReleasedWithoutCards is { } revision
        ? text.Text("cards.release_without_cards", ("revision", ReportText.Int(revision)))
        : ReleaseNotice.Of(report.Revision, report.Campaign, report.Month, text);
}
