using Analytics.Reports.Charts;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Analytics.Reports.Charts;

/// <summary>
/// The trust index by campaign month as bars over the four bands of appendix 2 (methodology §6), as an SVG for
/// the PDF. Each band is named on the chart and each bar carries its value, so colour carries no meaning alone.
/// </summary>
internal static class TrustTrendChart
{
    public const int Width = 660;

    /// <summary>Okabe–Ito blue, as the weekly report's bars.</summary>
    private static readonly Color BarColour = Color.FromHex("#0072B2");

    /// <summary>Bands of appendix 2 with their lower edges (targets.json defaults 41, 31, 21), top first.</summary>
    private static readonly (string Band, double From, double To, string Fill)[] Bands =
    [
        ("high", 40.5, 50, "#e3f2e8"),
        ("stable", 30.5, 40.5, "#eef5fb"),
        ("strengthen", 20.5, 30.5, "#fdf3e1"),
        ("attention", 0, 20.5, "#fbe9e7"),
    ];

    /// <param name="points">Months in order; a month without an index shows no bar and says so.</param>
    /// <param name="inProgressMonth">A month still in progress, marked on its axis label; null when none.</param>
    public static string RenderSvg(IReadOnlyList<TrustIndexPoint> points, CampaignInfo campaign, int? inProgressMonth, ReportText text, int height = 210, int width = Width)
    {
        ArgumentNullException.ThrowIfNull(points);
        var format = text.Format;
        Fonts.Default = "DejaVu Sans"; // the Skia default here is DejaVu Serif (TOOLCHAIN.md)
        using var plot = new Plot();

        foreach (var (band, from, to, fill) in Bands)
        {
            var span = plot.Add.VerticalSpan(from, to, Color.FromHex(fill));
            span.LineStyle.Width = 0;
            // named in a margin right of the bars, so a band reads without its colour
            var label = plot.Add.Text(text["band." + band], points.Count + 0.55, (from + to) / 2);
            label.LabelFontSize = 9;
            label.LabelFontColor = Color.FromHex("#5b6270");
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        var bars = new List<Bar>();
        foreach (var point in points)
        {
            var position = point.Month ?? bars.Count + 1;
            if (point.Index is { } index)
            {
                bars.Add(new Bar
                {
                    Position = position,
                    Value = (double)index,
                    FillColor = BarColour,
                    LineWidth = 0,
                    Size = 0.5,
                    Label = format.Number(index, 1),
                });
            }
            else
            {
                var missing = plot.Add.Text(text["chart_no_index"], position, 3);
                missing.LabelFontSize = 9;
                missing.LabelFontColor = Color.FromHex("#5b6270");
                missing.LabelAlignment = Alignment.LowerCenter;
            }
        }

        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontSize = 10.5f;
            barPlot.ValueLabelStyle.Bold = true;
            barPlot.ValueLabelStyle.ForeColor = Color.FromHex("#1f2430");
        }

        var positions = points.Select((p, i) => (double)(p.Month ?? i + 1)).ToArray();
        var labels = points.Select((p, i) =>
        {
            var month = p.Month ?? i + 1;
            var name = format.MonthName(campaign.MonthStart(month).Month);
            return month == inProgressMonth ? text.Text("chart_month_in_progress", ("month", name)) : name;
        }).ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, labels);
        plot.Axes.Left.TickGenerator = new NumericManual([0, 10, 20, 30, 40, 50], ["0", "10", "20", "30", "40", "50"]);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 10.5f;
            axis.TickLabelStyle.ForeColor = Color.FromHex("#333a45");
        }

        plot.YLabel(text["chart_index_axis"], size: 11f);
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(left: 0.4, right: points.Count + 2.2, bottom: 0, top: 52);

        var footnote = text.Text("chart_index_source", ("date", format.Date(campaign.Cutoff)));
        var svg = SvgMarkup.ForHtml(SvgMarkup.StableClipIds(plot.GetSvgXml(width, height), "trust-cl-"), width, height, footnote);
        return SvgMarkup.WithTitle(svg, text["chart_index_title"]);
    }
}
