using Analytics.Reports.Pdf;

namespace Analytics.Reports.Pdf;

/// <summary>
/// Prints a report whose table of contents shows page numbers: first with the numbers left blank (or guessed, see
/// <see cref="ContentsPageMemory"/>), then, unless the guess was right, with the pages Chromium put the sections on
/// (<see cref="PdfDestinations"/>). The contents keep their size between the passes, so the sections do not move;
/// a third pass runs if they ever do.
/// </summary>
internal static class TwoPassPrinter
{
    /// <param name="render">The HTML for the given pages by anchor; null for blank numbers.</param>
    /// <param name="memory">Page numbers of earlier reports, by <paramref name="kind"/>; null for none.</param>
    /// <param name="kind">What makes reports alike in layout: report, scope kind and language.</param>
    /// <returns>The printed PDF's page count.</returns>
    public static async Task<int> PrintAsync(
        PdfPrinter printer,
        Func<IReadOnlyDictionary<string, int>?, string> render,
        string pdfPath,
        ContentsPageMemory? memory = null,
        string kind = "")
    {
        var pages = memory?.Guess(kind);
        var count = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            await printer.PrintAsync(render(pages), pdfPath);
            var (printed, found) = PdfDestinations.Read(pdfPath);
            count = printed;
            if (pages is not null && found.Count == pages.Count && found.All(p => pages.TryGetValue(p.Key, out var page) && page == p.Value))
            {
                break;
            }

            pages = found;
        }

        memory?.Remember(kind, pages!);
        return count;
    }
}
