using System.Globalization;
using Analytics.Reports.Localization;
using Analytics.Reports.Weekly;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Analytics.Reports.Charts;

/// <summary>Bars of events per campaign week, weeks 1..16 on the axis, as an SVG for the PDF.</summary>
public static class EventsPerWeekChart
{
    /// <summary>Close to the A4 text width in CSS pixels, so the SVG's font sizes print nearly as set.</summary>
    public const int Width = 660;

    public const int Height = 185;

    /// <summary>Okabe–Ito blue: reads for every common kind of colour blindness and in grey print.</summary>
    public static readonly Color BarColour = Color.FromHex("#0072B2");

    public static string RenderSvg(IReadOnlyList<WeekCount> weeks, ReportHeader header, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(language);
        var format = language.Format;

        // the Skia default is DejaVu Serif here (TOOLCHAIN.md)
        Fonts.Default = "DejaVu Sans";
        using var plot = new Plot();

        var bars = weeks.Select(week => new Bar
        {
            Position = week.Week,
            Value = week.Events,
            FillColor = BarColour,
            LineWidth = 0,
            Size = 0.68,
            Label = format.Number(week.Events),
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 10;
        barPlot.ValueLabelStyle.ForeColor = Color.FromHex("#333a45");

        // the section heading above the chart carries its title (chart_title); a second one would cost the page its fit
        plot.XLabel(language["chart_x"], size: 11.5f);
        plot.YLabel(language["chart_y_short"], size: 11.5f);
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;

        var positions = Enumerable.Range(1, header.WeeksTotal).Select(w => (double)w).ToArray();
        var labels = positions.Select(w => ((int)w).ToString(CultureInfo.InvariantCulture)).ToArray();
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, labels);
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = value => format.Number((long)Math.Round(value)),
        };
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 10.5f;
            axis.TickLabelStyle.ForeColor = Color.FromHex("#333a45");
        }

        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex("#d9dde3");

        var maximum = weeks.Count == 0 ? 0 : weeks.Max(w => w.Events);
        plot.Axes.SetLimits(left: 0.4, right: header.WeeksTotal + 0.6, bottom: 0, top: Math.Max(10, maximum * 1.2));

        var footnotes = new List<string> { language.Text("chart_source", ("date", format.Date(header.Cutoff))) };
        if (header.Cutoff < header.WeekEnd)
        {
            footnotes.Add(language.Text(
                "chart_week_in_progress",
                ("week", header.Week.ToString(CultureInfo.InvariantCulture)),
                ("date", format.Date(header.Cutoff))));
        }

        var svg = SvgMarkup.ForHtml(plot.GetSvgXml(Width, Height), Width, Height, footnotes);
        return SvgMarkup.WithTitle(svg, language["chart_title"]);
    }
}
