using UglyToad.PdfPig;

namespace Analytics.Reports.Tests.Weekly;

/// <summary>
/// The text of a printed PDF as PdfPig reads it. <c>page.Text</c> keeps Chromium's order and gives
/// the no-break space back as U+00A0, but a line break inside a paragraph or cell leaves no space,
/// so phrases that may wrap are compared with all white space removed.
/// </summary>
internal sealed class PrintedText
{
    private PrintedText(int pages, string raw, string? title)
    {
        Pages = pages;
        Raw = raw;
        Title = title;
        Compact = WithoutWhiteSpace(raw);
    }

    public int Pages { get; }

    public string Raw { get; }

    public string Compact { get; }

    public string? Title { get; }

    public static PrintedText Read(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var raw = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        return new PrintedText(pdf.NumberOfPages, raw, pdf.Information.Title);
    }

    /// <summary>Whether the phrase is printed, wherever its lines break.</summary>
    public bool Shows(string phrase) => Compact.Contains(WithoutWhiteSpace(phrase), StringComparison.Ordinal);

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
