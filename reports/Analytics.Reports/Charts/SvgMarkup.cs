using System.Globalization;
using System.Security;
using System.Text.RegularExpressions;

namespace Analytics.Reports.Charts;

/// <summary>Makes ScottPlot's SVG fit to be inlined in an HTML page.</summary>
public static partial class SvgMarkup
{
    /// <summary>
    /// Drops the XML declaration, gives the root a viewBox (ScottPlot writes only width and height, and
    /// Chromium crops such an SVG when it is scaled to <c>width: 100%</c>; see TOOLCHAIN.md) and, when
    /// <paramref name="footnotes"/> are given, adds them under the plot as small grey lines.
    /// </summary>
    public static string ForHtml(string svg, int width, int height, params IReadOnlyList<string> footnotes)
    {
        ArgumentNullException.ThrowIfNull(svg);
        const int LineHeight = 15;
        var totalHeight = height + (footnotes.Count == 0 ? 0 : (footnotes.Count * LineHeight) + 8);
        var w = width.ToString(CultureInfo.InvariantCulture);
        var h = totalHeight.ToString(CultureInfo.InvariantCulture);

        var body = XmlDeclaration().Replace(svg, "", 1);
        var root = SvgRoot().Match(body);
        if (!root.Success)
        {
            throw new ArgumentException("Expected an SVG document with an <svg> root element.", nameof(svg));
        }

        var newRoot = $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + $"width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" preserveAspectRatio=\"xMidYMid meet\">";
        body = string.Concat(body.AsSpan(0, root.Index), newRoot, body.AsSpan(root.Index + root.Length));

        if (footnotes.Count > 0)
        {
            var notes = $"<rect fill=\"white\" x=\"0\" y=\"{height}\" width=\"{w}\" height=\"{totalHeight - height}\"/>";
            for (var i = 0; i < footnotes.Count; i++)
            {
                var y = (height + ((i + 1) * LineHeight)).ToString(CultureInfo.InvariantCulture);
                notes += $"<text x=\"8\" y=\"{y}\" font-family=\"DejaVu Sans\" font-size=\"10.5\" fill=\"#5b6270\">"
                    + SecurityElement.Escape(footnotes[i]) + "</text>";
            }

            var end = body.LastIndexOf("</svg>", StringComparison.Ordinal);
            body = string.Concat(body.AsSpan(0, end), notes, body.AsSpan(end));
        }

        return body.Trim();
    }

    /// <summary>Puts an SVG <c>&lt;title&gt;</c> first inside the root: the chart's name for screen readers and for search in the HTML.</summary>
    public static string WithTitle(string svg, string title)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var root = SvgRoot().Match(svg);
        if (!root.Success)
        {
            throw new ArgumentException("Expected an SVG document with an <svg> root element.", nameof(svg));
        }

        var end = root.Index + root.Length;
        return svg[..end] + "<title>" + SecurityElement.Escape(title) + "</title>" + svg[end..];
    }

    /// <summary>
    /// ScottPlot numbers its clip paths from a counter shared by every plot of the process (<c>cl_5e</c>), so the
    /// same chart drawn twice differs; numbered in order of appearance instead, the same report gives the same HTML.
    /// </summary>
    public static string StableClipIds(string svg, string prefix)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, match =>
        {
            if (!ids.TryGetValue(match.Value, out var stable))
            {
                stable = prefix + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids[match.Value] = stable;
            }

            return stable;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<svg\b[^>]*>")]
    private static partial Regex SvgRoot();
}
