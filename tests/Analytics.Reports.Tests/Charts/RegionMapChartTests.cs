using System.Text.RegularExpressions;
using System.Xml.Linq;
using Analytics.Reports.Charts;
using Analytics.Reports.Localization;
using Analytics.Reports.Maps;
using Analytics.Reports.Tests.Weekly;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Tests.Charts;

public sealed partial class RegionMapChartTests
{
    private static readonly string[] IsoCodes =
    [
        "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
        "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
    ];

    [Fact]
    public void RegionShapes_All_AreTheTwentyUnitsOfThe2022Reform()
    {
        Assert.Equal(IsoCodes, RegionShapes.All.Select(r => r.Iso).Order(StringComparer.Ordinal));
        Assert.All(RegionShapes.All, r => Assert.All(r.Polygons.SelectMany(p => p), ring => Assert.Equal(ring[0], ring[^1])));
    }

    [Theory]
    [InlineData("ru", "Границы: geokz, А. Родионов (CC BY 4.0), на основе OCHA/UNHCR COD-AB Kazakhstan и © участники OpenStreetMap; упрощено.")]
    [InlineData("kk", "Шекаралар: geokz, А. Родионов (CC BY 4.0), OCHA/UNHCR COD-AB Kazakhstan және © OpenStreetMap қатысушылары негізінде; оңайлатылған.")]
    public void RenderSvg_Week7_HasTwentyRegionShapesAndTheAttribution(string code, string attribution)
    {
        var report = SampleWeeklyReport.Week7();

        var svg = RegionMapChart.RenderSvg(report.Regions, report.Header.Cutoff, ReportLanguage.Parse(code));

        var document = XDocument.Parse(svg); // well-formed, so it inlines into HTML as it is
        XNamespace ns = "http://www.w3.org/2000/svg";
        var shapes = document.Descendants(ns + "path").Where(p => (string?)p.Attribute("class") == "region").ToList();
        Assert.Equal(IsoCodes, shapes.Select(p => (string)p.Attribute("data-iso")!).Order(StringComparer.Ordinal));
        Assert.Matches(@"^<svg [^>]*viewBox=""0 0 660 \d+""", svg);
        var notes = string.Join(" ", document.Descendants(ns + "text").Where(t => (string?)t.Attribute("class") == "note").Select(t => t.Value));
        Assert.Contains(attribution, notes, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSvg_Week7_ColoursEachRegionByItsBandWithAPattern()
    {
        var report = SampleWeeklyReport.Week7();

        var svg = RegionMapChart.RenderSvg(report.Regions, report.Header.Cutoff, ReportLanguage.Russian);

        Assert.Equal("green", ColourOf(svg, "KZ-55"));   // 88,0 %
        Assert.Equal("yellow", ColourOf(svg, "KZ-31"));  // 60,0 %
        Assert.Equal("red", ColourOf(svg, "KZ-47"));     // 45,5 %
        Assert.Equal("none", ColourOf(svg, "KZ-62"));    // Ulytau: no active primaries
        // every class is a pattern, so grey print still tells them apart, and the legend says it in words
        foreach (var colour in new[] { "green", "yellow", "red", "none" })
        {
            Assert.Contains($"<pattern id=\"map-{colour}\"", svg);
        }

        Assert.Contains("красный, сетка — менее 50 %", svg);
        Assert.Contains("серый, косые линии — нет активных первичных организаций", svg);
        Assert.Contains("45,5\u00A0%", svg); // the value is written in the region, not only its colour
    }

    [Fact]
    public void RenderSvg_RegionMissingFromData_IsDrawnAsNoData()
    {
        var report = SampleWeeklyReport.Week7();

        var svg = RegionMapChart.RenderSvg(report.Regions.Where(r => r.Region != "KZ-79").ToList(), report.Header.Cutoff, ReportLanguage.Kazakh);

        Assert.Equal("none", ColourOf(svg, "KZ-79"));
        Assert.Contains("Шымкент", svg);
    }

    [Fact]
    public void RenderSvg_MarkupInRegionName_IsEscaped()
    {
        var regions = SampleWeeklyReport.Week7().Regions
            .Select(r => r.Region == "KZ-35" ? r with { NameRu = SampleWeeklyReport.Hostile } : r)
            .ToList();

        var svg = RegionMapChart.RenderSvg(regions, new DateOnly(2025, 4, 18), ReportLanguage.Russian);

        Assert.DoesNotContain("<script", svg);
        Assert.DoesNotContain("<iframe", svg);
        Assert.Contains("&lt;script&gt;", svg);
    }

    [Fact]
    public void AlbersProjection_EqualAreas_KeepTheirRatio()
    {
        // two 1° × 1° cells at 42° and 54° N: on the sphere their areas are in the ratio of sin differences
        var projection = new AlbersProjection();
        static double Cell(AlbersProjection p, double lat)
        {
            var corners = new[] { new GeoPoint(70, lat), new GeoPoint(71, lat), new GeoPoint(71, lat + 1), new GeoPoint(70, lat + 1), new GeoPoint(70, lat) }
                .Select(p.Project).ToArray();
            var area = 0.0;
            for (var i = 1; i < corners.Length; i++)
            {
                area += (corners[i - 1].X * corners[i].Y) - (corners[i].X * corners[i - 1].Y);
            }

            return Math.Abs(area / 2);
        }

        var expected = (Math.Sin(43 * Math.PI / 180) - Math.Sin(42 * Math.PI / 180)) / (Math.Sin(55 * Math.PI / 180) - Math.Sin(54 * Math.PI / 180));
        Assert.Equal(expected, Cell(projection, 42) / Cell(projection, 54), precision: 6);
    }

    private static string ColourOf(string svg, string iso) =>
        RegionPath().Matches(svg).Single(m => m.Groups["iso"].Value == iso).Groups["colour"].Value;

    [GeneratedRegex("data-iso=\"(?<iso>KZ-\\d\\d)\" data-colour=\"(?<colour>[a-z]+)\"")]
    private static partial Regex RegionPath();
}
