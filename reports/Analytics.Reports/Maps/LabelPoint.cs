namespace Analytics.Reports.Maps;

/// <summary>Where to write a region's label: the point inside it farthest from its border (a coarse "pole of inaccessibility").</summary>
internal static class LabelPoint
{
    /// <param name="rings">Projected rings of one polygon, outer ring first; holes count as outside.</param>
    /// <param name="steps">Grid candidates per side; 40 places a label within 2.5 % of the polygon's size.</param>
    public static (double X, double Y) Inside(IReadOnlyList<(double X, double Y)[]> rings, int steps = 40)
    {
        var outer = rings[0];
        double minX = outer.Min(p => p.X), maxX = outer.Max(p => p.X);
        double minY = outer.Min(p => p.Y), maxY = outer.Max(p => p.Y);
        var best = ((minX + maxX) / 2, (minY + maxY) / 2);
        var bestDistance = double.NegativeInfinity;
        for (var i = 0; i <= steps; i++)
        {
            for (var j = 0; j <= steps; j++)
            {
                var x = minX + ((maxX - minX) * i / steps);
                var y = minY + ((maxY - minY) * j / steps);
                if (!Contains(rings, x, y))
                {
                    continue;
                }

                // labels are wider than tall: a border to the left or right costs more than one above or below
                var distance = rings.Min(ring => DistanceToRing(ring, x, y, xWeight: 0.6));
                if (distance > bestDistance)
                {
                    bestDistance = distance;
                    best = (x, y);
                }
            }
        }

        return best;
    }

    /// <summary>Even-odd rule, so holes (the cities cut out of their oblasts) are outside.</summary>
    public static bool Contains(IReadOnlyList<(double X, double Y)[]> rings, double x, double y)
    {
        var inside = false;
        foreach (var ring in rings)
        {
            for (int a = 0, b = ring.Length - 1; a < ring.Length; b = a++)
            {
                if ((ring[a].Y > y) != (ring[b].Y > y)
                    && x < ((ring[b].X - ring[a].X) * (y - ring[a].Y) / (ring[b].Y - ring[a].Y)) + ring[a].X)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    private static double DistanceToRing((double X, double Y)[] ring, double x, double y, double xWeight)
    {
        var best = double.PositiveInfinity;
        for (var k = 1; k < ring.Length; k++)
        {
            var (ax, ay) = ring[k - 1];
            var (bx, by) = ring[k];
            double dx = bx - ax, dy = by - ay;
            var lengthSquared = (dx * dx) + (dy * dy);
            var t = lengthSquared == 0 ? 0 : Math.Clamp((((x - ax) * dx) + ((y - ay) * dy)) / lengthSquared, 0, 1);
            var px = (ax + (t * dx) - x) * xWeight;
            var py = ay + (t * dy) - y;
            best = Math.Min(best, (px * px) + (py * py));
        }

        return Math.Sqrt(best);
    }
}
