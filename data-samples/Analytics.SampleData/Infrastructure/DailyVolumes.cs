namespace Analytics.SampleData.Infrastructure;

/// <summary>Splits a total over days in proportion to weights, exactly (largest remainder).</summary>
internal static class DailyVolumes
{
    public static int[] Allocate(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var missing = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(missing))
        {
            counts[i]++;
        }

        return counts;
    }

    /// <summary>Fewer on Saturdays and Sundays.</summary>
    public static double Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => 0.45,
        DayOfWeek.Sunday => 0.3,
        _ => 1.0,
    };
}
