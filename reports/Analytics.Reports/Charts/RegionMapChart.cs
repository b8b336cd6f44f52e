using System.Globalization;
using System.Security;
using System.Text;
using Analytics.Reports.Localization;
using Analytics.Reports.Maps;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Charts;

/// <summary>
/// Choropleth of the 20 regions coloured by completion of the minimum standard (methodology §4), as an
/// SVG to inline in the report's HTML. Written by hand, not with ScottPlot: it needs fill patterns, so
/// that the map still reads when printed in grey, and a legend and labels laid out for a page.
/// </summary>
/// <remarks>
/// Every class has a colour and a pattern (green plain and mid-grey in print, yellow dotted and light,
/// red cross-hatched and darkest, no data grey
/// with diagonal lines), the legend names the colour in words with its band, and every region carries
/// its completion as a number: colour alone never carries meaning. The attribution that the map's
/// licence (CC BY 4.0, Maps/README.md) asks for is printed under the map.
/// </remarks>
public static class RegionMapChart
{
    /// <summary>Same width as the other charts: close to the A4 text width in CSS pixels.</summary>
    public const int Width = 660;

    private const double Margin = 8;
    private const double MapHeightMax = 310;
    private const string Ink = "#1f2430";
    private const string Muted = "#5b6270";

    /// <summary>The three cities are a few pixels wide: they get a marker and an outside label instead.</summary>
    private static readonly Dictionary<string, (double Dx, double Dy, string Anchor)> CityLabels = new(StringComparer.Ordinal)
    {
        ["KZ-71"] = (12, 13, "start"),    // Astana: to the south-east, into Karaganda's empty north
        ["KZ-75"] = (14, 14, "start"),    // Almaty: to the south-east, over the Kyrgyz border area
        ["KZ-79"] = (-12, 14, "end"),     // Shymkent: to the south-west, over Uzbekistan
    };

    /// <summary>Label points set by hand where the automatic one collides with a city's label (longitude, latitude).</summary>
    private static readonly Dictionary<string, GeoPoint> LabelAt = new(StringComparer.Ordinal)
    {
        ["KZ-61"] = new(67.6, 43.9), // Turkistan: its widest part is next to Shymkent; use the north
    };

    private static readonly string[] Classes = ["green", "yellow", "red", "none"];

    public static string RenderSvg(IReadOnlyList<RegionCompletion> regions, DateOnly cutoff, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(language);
        var byCode = regions.ToDictionary(r => r.Region, StringComparer.Ordinal);
        var format = language.Format;

        var projection = new AlbersProjection();
        var projected = RegionShapes.All
            .Select(shape => (Shape: shape, Polygons: shape.Polygons
                .Select(polygon => polygon.Select(ring => ring.Select(projection.Project).ToArray()).ToList())
                .ToList()))
            .ToList();
        var all = projected.SelectMany(r => r.Polygons).SelectMany(p => p[0]).ToList();
        double minX = all.Min(p => p.X), maxX = all.Max(p => p.X), minY = all.Min(p => p.Y), maxY = all.Max(p => p.Y);
        var scale = Math.Min((Width - (2 * Margin)) / (maxX - minX), MapHeightMax / (maxY - minY));
        var mapHeight = (maxY - minY) * scale;
        var offsetX = (Width - ((maxX - minX) * scale)) / 2;
        (double X, double Y) Page((double X, double Y) p) => (offsetX + ((p.X - minX) * scale), Margin + ((maxY - p.Y) * scale));

        var svg = new StringBuilder();
        var shapes = new StringBuilder();
        var labels = new StringBuilder();
        foreach (var (shape, polygons) in projected)
        {
            var region = byCode.GetValueOrDefault(shape.Iso);
            var colourClass = ClassOf(region);
            var pagePolygons = polygons.Select(p => p.Select(ring => ring.Select(Page).ToArray()).ToList()).ToList();
            var name = region is null ? (language.Code == "kk" ? shape.NameKk : shape.NameRu)
                : language.Code == "kk" ? region.NameKk : region.NameRu;
            var value = region?.Completion is { } c ? format.Percent(c) : language["no_value"];

            shapes.Append(CultureInfo.InvariantCulture, $"<path class=\"region\" data-iso=\"{shape.Iso}\" data-colour=\"{colourClass}\" fill=\"url(#map-{colourClass})\" fill-rule=\"evenodd\" stroke=\"#ffffff\" stroke-width=\"0.9\" stroke-linejoin=\"round\" d=\"");
            foreach (var ring in pagePolygons.SelectMany(p => p))
            {
                AppendRing(shapes, ring);
            }

            shapes.Append("\"><title>")
                .Append(Escape($"{shape.Iso} {name}: {value} ({language.ColourName(colourClass == "none" ? null : colourClass)})"))
                .Append("</title></path>\n");

            if (CityLabels.TryGetValue(shape.Iso, out var city))
            {
                var centre = Centroid(pagePolygons.OrderByDescending(p => Math.Abs(Area(p[0]))).First()[0]);
                labels.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(centre.X)}\" cy=\"{N(centre.Y)}\" r=\"4.6\" fill=\"url(#map-{colourClass})\" stroke=\"{Ink}\" stroke-width=\"1\"/>");
                var lx = centre.X + city.Dx;
                var ly = centre.Y + city.Dy;
                labels.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(centre.X + (Math.Sign(city.Dx) * 4.6))}\" y1=\"{N(centre.Y + (Math.Sign(city.Dy) * 2))}\" x2=\"{N(lx - (Math.Sign(city.Dx) * 2))}\" y2=\"{N(ly - 4)}\" stroke=\"{Ink}\" stroke-width=\"0.7\"/>");
                AppendLabel(labels, lx, ly, city.Anchor, [ShortName(name)], value);
            }
            else
            {
                var largest = pagePolygons.OrderByDescending(p => Math.Abs(Area(p[0]))).First();
                var (x, y) = LabelAt.TryGetValue(shape.Iso, out var at) ? Page(projection.Project(at)) : LabelPoint.Inside(largest);
                AppendLabel(labels, x, y, "middle", SplitName(ShortName(name)), value);
            }
        }

        var legendTop = Margin + mapHeight + 14;
        var legend = Legend(legendTop, language);
        var notes = Wrap(language.Text("map_source", ("date", format.Date(cutoff))), 112)
            .Concat(Wrap(language["map_attribution"], 112))
            .ToList();
        const double NoteLine = 13;
        var notesTop = legendTop + 56;
        var height = (int)Math.Ceiling(notesTop + (notes.Count * NoteLine) + 4);

        var h = height.ToString(CultureInfo.InvariantCulture);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{h}\" viewBox=\"0 0 {Width} {h}\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" font-family=\"DejaVu Sans\">");
        svg.Append("<title>").Append(Escape(language["map_title"])).Append("</title>\n");
        svg.Append(Patterns());
        svg.Append("<g class=\"regions\">\n").Append(shapes).Append("</g>\n");
        svg.Append("<g class=\"labels\">").Append(labels).Append("</g>\n");
        svg.Append(legend);
        for (var i = 0; i < notes.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"note\" x=\"{N(Margin)}\" y=\"{N(notesTop + (i * NoteLine))}\" font-size=\"9.5\" fill=\"{Muted}\">")
                .Append(Escape(notes[i])).Append("</text>\n");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>green | yellow | red by the data's colour; none without active primaries or without a row.</summary>
    private static string ClassOf(RegionCompletion? region) =>
        region?.Colour is { } colour && Classes.Contains(colour, StringComparer.Ordinal) && colour != "none" ? colour : "none";

    private static string Patterns() =>
        """
        <defs>
        <pattern id="map-green" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="#5aae61"/></pattern>
        <pattern id="map-yellow" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="#fdae61"/><circle cx="3" cy="3" r="1.05" fill="#5c3a0c" fill-opacity="0.6"/></pattern>
        <pattern id="map-red" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d73027"/><path d="M0 3H6M3 0V6" stroke="#3d0a06" stroke-opacity="0.55" stroke-width="1"/></pattern>
        <pattern id="map-none" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="#f1f2f4"/><path d="M0 0V5" stroke="#8b929c" stroke-width="1"/></pattern>
        </defs>

        """;

    private static string Legend(double top, ReportLanguage language)
    {
        var legend = new StringBuilder("<g class=\"legend\">");
        legend.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Margin)}\" y=\"{N(top)}\" font-size=\"10\" font-weight=\"bold\" fill=\"{Ink}\">")
            .Append(Escape(language["map_legend_title"])).Append("</text>");
        for (var i = 0; i < Classes.Length; i++)
        {
            var x = Margin + (i % 2 * 292);
            var y = top + 8 + (i / 2 * 17);
            legend.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"22\" height=\"12\" fill=\"url(#map-{Classes[i]})\" stroke=\"{Ink}\" stroke-width=\"0.6\"/>");
            legend.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 29)}\" y=\"{N(y + 10)}\" font-size=\"9.5\" fill=\"{Ink}\">")
                .Append(Escape(language["map_legend_" + Classes[i]])).Append("</text>");
        }

        return legend.Append("</g>\n").ToString();
    }

    private static void AppendLabel(StringBuilder labels, double x, double y, string anchor, List<string> nameLines, string value)
    {
        const double Line = 10.5;
        var top = y - ((nameLines.Count + 1) * Line / 2) + 8;
        labels.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(top)}\" text-anchor=\"{anchor}\" font-size=\"9\" fill=\"{Ink}\" stroke=\"#ffffff\" stroke-width=\"2.6\" stroke-linejoin=\"round\" paint-order=\"stroke\">");
        for (var i = 0; i < nameLines.Count; i++)
        {
            labels.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(x)}\" dy=\"{(i == 0 ? "0" : N(Line))}\">").Append(Escape(nameLines[i])).Append("</tspan>");
        }

        labels.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(x)}\" dy=\"{N(Line)}\" font-weight=\"bold\">").Append(Escape(value)).Append("</tspan></text>");
    }

    /// <summary>"Карагандинская область" → "Карагандинская"; "область Абай" → "Абай"; "Маңғыстау облысы" → "Маңғыстау".</summary>
    private static string ShortName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Equals("область", StringComparison.OrdinalIgnoreCase) && !w.Equals("облысы", StringComparison.OrdinalIgnoreCase));
        var text = string.Join(' ', words);
        return text.Length == 0 ? name : text;
    }

    /// <summary>Long names go on two lines, at a hyphen or a space: "Западно-" / "Казахстанская".</summary>
    private static List<string> SplitName(string name)
    {
        if (name.Length <= 13)
        {
            return [name];
        }

        var hyphen = name.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0)
        {
            return [name[..(hyphen + 1)], name[(hyphen + 1)..]];
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? [name[..space], name[(space + 1)..]] : [name];
    }

    /// <summary>Greedy word wrap by character count (DejaVu Sans at 9.5 px: about 112 characters in 660 px).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static void AppendRing(StringBuilder path, (double X, double Y)[] ring)
    {
        for (var i = 0; i < ring.Length - 1; i++)
        {
            path.Append(i == 0 ? 'M' : 'L').Append(N(ring[i].X)).Append(',').Append(N(ring[i].Y));
        }

        path.Append('Z');
    }

    private static double Area((double X, double Y)[] ring)
    {
        var area = 0.0;
        for (var i = 1; i < ring.Length; i++)
        {
            area += (ring[i - 1].X * ring[i].Y) - (ring[i].X * ring[i - 1].Y);
        }

        return area / 2;
    }

    private static (double X, double Y) Centroid((double X, double Y)[] ring)
    {
        double a = 0, cx = 0, cy = 0;
        for (var i = 1; i < ring.Length; i++)
        {
            var cross = (ring[i - 1].X * ring[i].Y) - (ring[i].X * ring[i - 1].Y);
            a += cross;
            cx += (ring[i - 1].X + ring[i].X) * cross;
            cy += (ring[i - 1].Y + ring[i].Y) * cross;
        }

        return a == 0 ? ring[0] : (cx / (3 * a), cy / (3 * a));
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}
