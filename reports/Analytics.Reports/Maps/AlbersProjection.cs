namespace Analytics.Reports.Maps;

/// <summary>
/// Albers equal-area conic on the sphere: areas on the page keep their proportions, which a
/// choropleth needs (a plain longitude/latitude plot would squash Kazakhstan and inflate the north).
/// </summary>
/// <remarks>Defaults fit Kazakhstan (40.5–55.5° N, 46.5–87.5° E): standard parallels 44° and 52°, centre 48° N 67° E.</remarks>
public sealed class AlbersProjection
{
    private readonly double n;
    private readonly double c;
    private readonly double rho0;
    private readonly double lambda0;

    public AlbersProjection(double parallel1 = 44, double parallel2 = 52, double originLat = 48, double originLon = 67)
    {
        var phi1 = Radians(parallel1);
        var phi2 = Radians(parallel2);
        n = (Math.Sin(phi1) + Math.Sin(phi2)) / 2;
        c = (Math.Cos(phi1) * Math.Cos(phi1)) + (2 * n * Math.Sin(phi1));
        rho0 = Math.Sqrt(c - (2 * n * Math.Sin(Radians(originLat)))) / n;
        lambda0 = Radians(originLon);
    }

    /// <summary>Projected x (east) and y (north) on the unit sphere.</summary>
    public (double X, double Y) Project(GeoPoint point)
    {
        var rho = Math.Sqrt(c - (2 * n * Math.Sin(Radians(point.Lat)))) / n;
        var theta = n * (Radians(point.Lon) - lambda0);
        return (rho * Math.Sin(theta), rho0 - (rho * Math.Cos(theta)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
