using System.Globalization;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Threats;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Analytics.Reports.Charts;

/// <summary>
/// An organisation's threat index week by week (methodology §10, history) as an SVG for the PDF: a line of points
/// over the four zone bands, each week's marker in its zone's colour and its own shape (circle green, square yellow,
/// triangle orange, diamond red), a ring where a special regime raised the zone, and every value printed, so the
/// chart reads in grey.
/// </summary>
internal static class ThreatTrendChart
{
    public const int Width = 660;

    /// <summary>Zones with their shape and colours: the marker's, and the band's light tint.</summary>
    private static readonly Dictionary<string, (MarkerShape Shape, string Colour, string Tint, string Symbol)> Zones = new(StringComparer.Ordinal)
    {
        ["green"] = (MarkerShape.FilledCircle, "#1a9850", "#e3f2e8", "●"),
        ["yellow"] = (MarkerShape.FilledSquare, "#d9a400", "#fdf6d8", "■"),
        ["orange"] = (MarkerShape.FilledTriangleUp, "#e66101", "#fde7d6", "▲"),
        ["red"] = (MarkerShape.FilledDiamond, "#b2182b", "#f9dcdc", "◆"),
    };

    private static readonly string[] ZoneOrder = ["green", "yellow", "orange", "red"];

    public static string Symbol(string zone) => Zones[zone].Symbol;

    /// <param name="weeks">The campaign's weeks (16): the axis runs over all of them.</param>
    /// <param name="inProgressWeek">The week in progress at the cut-off, marked on its axis label; null when none.</param>
    public static string RenderSvg(IReadOnlyList<ThreatWeek> history, int weeks, int? inProgressWeek, ReportText text, int height = 190, int width = Width)
    {
        ArgumentNullException.ThrowIfNull(history);
        var format = text.Format;
        Fonts.Default = "DejaVu Sans"; // the Skia default here is DejaVu Serif (TOOLCHAIN.md)
        using var plot = new Plot();

        var top = Math.Max(60, history.Count == 0 ? 0 : (double)history.Max(w => w.Points) * 1.18);
        // the zones of targets.json's defaults (green ≤ 15 < yellow ≤ 30 < orange ≤ 50 < red), as the trust chart's bands
        var edges = new (string Zone, double From, double To)[] { ("green", 0, 15.5), ("yellow", 15.5, 30.5), ("orange", 30.5, 50.5), ("red", 50.5, top) };
        foreach (var (zone, from, to) in edges)
        {
            var span = plot.Add.VerticalSpan(from, to, Color.FromHex(Zones[zone].Tint));
            span.LineStyle.Width = 0;
            var label = plot.Add.Text(text["zone." + zone], weeks + 0.7, (from + to) / 2);
            label.LabelFontSize = 9;
            label.LabelFontColor = Color.FromHex("#5b6270");
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        if (history.Count > 0)
        {
            var line = plot.Add.ScatterLine(history.Select(w => (double)w.Week).ToArray(), history.Select(w => (double)w.Points).ToArray());
            line.Color = Color.FromHex("#5b6270");
            line.LineWidth = 1.5f;
        }

        foreach (var week in history)
        {
            var (shape, colour, _, _) = Zones[week.Zone];
            var marker = plot.Add.Marker(week.Week, (double)week.Points, shape, 11, Color.FromHex(colour));
            marker.MarkerLineColor = Color.FromHex("#1f2430");
            if (week.Regime)
            {
                var ring = plot.Add.Marker(week.Week, (double)week.Points, MarkerShape.OpenCircle, 22, Color.FromHex("#1f2430"));
                ring.MarkerLineWidth = 1.5f;
            }

            var value = plot.Add.Text(format.Number(week.Points, 0), week.Week, (double)week.Points + (top * 0.045));
            value.LabelFontSize = 9.5f;
            value.LabelBold = true;
            value.LabelFontColor = Color.FromHex("#1f2430");
            value.LabelAlignment = Alignment.LowerCenter;
        }

        var positions = Enumerable.Range(1, weeks).Select(w => (double)w).ToArray();
        var labels = Enumerable.Range(1, weeks)
            .Select(w => w == inProgressWeek ? w.ToString(CultureInfo.InvariantCulture) + "*" : w.ToString(CultureInfo.InvariantCulture))
            .ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, labels);
        plot.Axes.Left.TickGenerator = new NumericManual([0, 15, 30, 50], ["0", "15", "30", "50"]);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 9.5f;
            axis.TickLabelStyle.ForeColor = Color.FromHex("#333a45");
        }

        plot.XLabel(text["threats.chart_week_axis"], size: 10f);
        plot.YLabel(text["threats.chart_points_axis"], size: 10f);
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(left: 0.4, right: weeks + 2.6, bottom: 0, top: top);

        var legend = string.Join("  ", ZoneOrder.Select(zone => Zones[zone].Symbol + " " + text["zone." + zone]))
            + "  ◯ " + text["threats.chart_regime"];
        var footnotes = inProgressWeek is null ? [legend] : new[] { legend, text["threats.chart_in_progress"] };
        var svg = SvgMarkup.ForHtml(SvgMarkup.StableClipIds(plot.GetSvgXml(width, height), "threat-cl-"), width, height, footnotes);
        return SvgMarkup.WithTitle(svg, text["threats.chart_title"]);
    }
}
