using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Analytics.Reports.Maps;

/// <summary>A longitude/latitude pair in degrees (WGS 84).</summary>
public readonly record struct GeoPoint(double Lon, double Lat);

/// <summary>One of the 20 first-level units of <c>Maps/kz-regions.geojson</c>.</summary>
/// <param name="Iso">ISO 3166-2:KZ code, the contract's <c>region</c>: <c>KZ-75</c>.</param>
/// <param name="Polygons">Each polygon is its outer ring followed by its holes; a ring's last point repeats its first.</param>
public sealed record RegionShape(string Iso, string NameRu, string NameKk, IReadOnlyList<IReadOnlyList<GeoPoint[]>> Polygons);

/// <summary>The embedded map of Kazakhstan's regions (geokz, CC BY 4.0; see <c>Maps/README.md</c>).</summary>
public static class RegionShapes
{
    private const string Resource = "Maps/kz-regions.geojson";

    private static readonly Lazy<IReadOnlyList<RegionShape>> Shapes = new(Load);

    /// <summary>The 20 regions, in the file's order (by ISO code).</summary>
    public static IReadOnlyList<RegionShape> All => Shapes.Value;

    private static List<RegionShape> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing from Analytics.Reports.");
        using var json = JsonDocument.Parse(stream);
        var regions = new List<RegionShape>();
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var iso = properties.GetProperty("iso").GetString()
                ?? throw new InvalidOperationException($"{Resource}: feature {regions.Count + 1} has no \"iso\".");
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() switch
            {
                "Polygon" => [Polygon(coordinates)],
                "MultiPolygon" => coordinates.EnumerateArray().Select(Polygon).ToList(),
                var other => throw new InvalidOperationException(
                    $"{Resource}, {iso}: expected a Polygon or MultiPolygon geometry, found {other}."),
            };
            regions.Add(new RegionShape(
                iso,
                properties.GetProperty("name_ru").GetString() ?? iso,
                properties.GetProperty("name_kk").GetString() ?? iso,
                polygons));
        }

        return regions;
    }

    private static IReadOnlyList<GeoPoint[]> Polygon(JsonElement rings) =>
        rings.EnumerateArray()
            .Select(ring => ring.EnumerateArray()
                .Select(point => new GeoPoint(point[0].GetDouble(), point[1].GetDouble()))
                .ToArray())
            .ToList();

    /// <summary>Two-digit KATO prefix from the ISO code: <c>KZ-75</c> → <c>75</c>.</summary>
    public static string ShortCode(string iso) =>
        iso.StartsWith("KZ-", StringComparison.Ordinal) ? iso[3..] : iso.ToUpper(CultureInfo.InvariantCulture);
}
