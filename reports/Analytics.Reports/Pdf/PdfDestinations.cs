using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Reports.Pdf;

/// <summary>
/// Reads where Chromium put the named destinations of a PDF it printed: each element an internal link
/// (<c>&lt;a href="#s3"&gt;</c>) points to becomes a destination <c>/s3 [page /XYZ x y 0]</c> in the catalog's
/// <c>/Dests</c>. This is how the table of contents learns its page numbers: Chromium has no CSS
/// <c>target-counter()</c> (checked with Chromium 156), so the report is printed twice.
/// </summary>
/// <remarks>
/// Skia writes a classic cross-reference table and plain (uncompressed) dictionaries for the catalog, the page
/// tree and the destinations, so a small reader suffices; the tests read the same PDFs back with PdfPig.
/// </remarks>
internal static partial class PdfDestinations
{
    /// <summary>The PDF's page count and, per destination name, its 1-based page.</summary>
    public static (int Pages, IReadOnlyDictionary<string, int> Destinations) Read(string pdfPath)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdfPath));
        var offsets = ObjectOffsets(text);
        string Object(int number) =>
            offsets.TryGetValue(number, out var start)
                ? text[start..Math.Max(start, text.IndexOf("endobj", start, StringComparison.Ordinal))]
                : throw new InvalidDataException($"{pdfPath}: object {number} is not in the cross-reference table.");

        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var catalog = Object(Reference(trailer, "Root") ?? throw new InvalidDataException($"{pdfPath}: the trailer names no /Root."));

        var pages = new List<int>();
        void Walk(int number, int depth)
        {
            var node = Object(number);
            if (depth > 32 || !PagesType().IsMatch(node))
            {
                pages.Add(number);
                return;
            }

            var kids = Kids().Match(node);
            foreach (Match kid in References().Matches(kids.Success ? kids.Groups[1].Value : ""))
            {
                Walk(int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), depth + 1);
            }
        }

        Walk(Reference(catalog, "Pages") ?? throw new InvalidDataException($"{pdfPath}: the catalog names no /Pages."), 0);
        var pageOf = pages.Select((number, index) => (number, index)).ToDictionary(p => p.number, p => p.index + 1);

        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        var dests = Reference(catalog, "Dests") is { } destsNumber ? Object(destsNumber) : InlineDests(catalog);
        foreach (Match entry in Destination().Matches(dests ?? ""))
        {
            if (pageOf.TryGetValue(int.Parse(entry.Groups[2].Value, CultureInfo.InvariantCulture), out var page))
            {
                destinations[entry.Groups[1].Value] = page;
            }
        }

        return (pages.Count, destinations);
    }

    /// <summary>Object number → byte offset, from the classic cross-reference table; by scanning when there is none.</summary>
    private static Dictionary<int, int> ObjectOffsets(string text)
    {
        var offsets = new Dictionary<int, int>();
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref >= 0 && int.TryParse(text.AsSpan(startxref + 9).Trim().ToString().Split('\n', '\r')[0], CultureInfo.InvariantCulture, out var xref)
            && xref < text.Length && text.AsSpan(xref).StartsWith("xref"))
        {
            var lines = text[(xref + 4)..text.IndexOf("trailer", xref, StringComparison.Ordinal)]
                .Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var number = 0;
            foreach (var line in lines)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2)
                {
                    number = int.Parse(parts[0], CultureInfo.InvariantCulture);
                }
                else if (parts.Length == 3)
                {
                    if (parts[2] == "n")
                    {
                        offsets[number] = int.Parse(parts[0], CultureInfo.InvariantCulture);
                    }

                    number++;
                }
            }

            return offsets;
        }

        foreach (Match header in ObjectHeader().Matches(text))
        {
            offsets.TryAdd(int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture), header.Index);
        }

        return offsets;
    }

    private static int? Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, "/" + key + @"\s+(\d+)\s+\d+\s+R");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? InlineDests(string catalog)
    {
        var at = catalog.IndexOf("/Dests", StringComparison.Ordinal);
        return at < 0 ? null : catalog[at..];
    }

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+\d+\s+R")]
    private static partial Regex References();

    [GeneratedRegex(@"/([A-Za-z0-9_\-.]+)\s*\[\s*(\d+)\s+\d+\s+R")]
    private static partial Regex Destination();

    [GeneratedRegex(@"(?m)^(\d+) 0 obj")]
    private static partial Regex ObjectHeader();
}
