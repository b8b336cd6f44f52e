using Analytics.Reports.Common.Views;

namespace Analytics.Reports.Pdf;

/// <summary>A periodic report's whole HTML: the cover with its contents, the sections, the page CSS.</summary>
internal static class PeriodicDocument
{
    /// <param name="template">The document template: <c>monthly.liquid</c>, <c>final.liquid</c>.</param>
    /// <param name="pages">The page of each section by anchor, for the contents; null in the first pass.</param>
    public static string Render(string template, CoverView cover, IReadOnlyList<SectionView> sections, ReportText text, IReadOnlyDictionary<string, int>? pages)
    {
        var toc = sections
            .Select(s => new TocEntry(s.Number, s.Title, s.Anchor, pages is not null && pages.TryGetValue(s.Anchor, out var page) ? text.Count(page) : ""))
            .ToList();
        return PeriodicTemplates.Document(template, text, new Dictionary<string, object?>
        {
            ["cover"] = cover,
            ["cover_html"] = PeriodicTemplates.Section("cover", new CoverPageView(cover, toc), text),
            ["sections"] = sections,
            ["page_css"] = PeriodicTemplates.PageCss(cover.RunningHead),
        });
    }
}
