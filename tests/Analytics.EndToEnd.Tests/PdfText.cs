using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Analytics.EndToEnd.Tests;

/// <summary>The words of a printed PDF, page by page, with every kind of space made one plain space.</summary>
public static partial class PdfText
{
    public static string Of(string path)
    {
        using var document = PdfDocument.Open(path);
        var text = string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(word => word.Text))));
        return Spaces().Replace(text, " ");
    }

    [GeneratedRegex(@"[\u00A0\u202F ]+")]
    private static partial Regex Spaces();
}
