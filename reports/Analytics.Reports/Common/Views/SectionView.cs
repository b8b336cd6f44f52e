namespace Analytics.Reports.Common.Views;

/// <summary>One numbered section of a report: its heading, anchor (for the table of contents) and rendered body.</summary>
/// <param name="Anchor">The id the contents link to: <c>s1</c>, <c>s2</c>; ours, never data.</param>
/// <param name="Html">The section's body, rendered from its partial template with every value HTML-encoded.</param>
/// <param name="CssClass">Layout hints of the section (<c>p-break</c> starts it on a new page).</param>
internal sealed record SectionView(string Number, string Title, string Anchor, string Html, string CssClass = "");

/// <summary>A line of the table of contents.</summary>
/// <param name="Page">The page the section starts on; empty in the first pass of the printing.</param>
internal sealed record TocEntry(string Number, string Title, string Anchor, string Page);

/// <summary>The cover of a periodic report.</summary>
/// <param name="Subject">Whom the report is about: the sector union's or territorial association's name; null for the national ones.</param>
/// <param name="Notice">A month or campaign in progress says so here.</param>
internal sealed record CoverView(
    string Lang,
    string DocumentTitle,
    string Organisation,
    string CampaignName,
    string Kind,
    string Title,
    string? Subject,
    string PeriodLine,
    string? StageLine,
    string DataAsOf,
    string? Notice,
    string RunningHead)
{
    /// <summary>Organisations in orange or red and the response their zone requires; empty when none.</summary>
    public IReadOnlyList<string> ThreatActions { get; init; } = [];
}

/// <summary>The first page: the cover and the table of contents.</summary>
internal sealed record CoverPageView(CoverView Cover, IReadOnlyList<TocEntry> Toc);
