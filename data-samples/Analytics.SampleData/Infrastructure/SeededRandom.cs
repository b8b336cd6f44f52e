namespace Analytics.SampleData.Infrastructure;

/// <summary>Seeded generators and the draws the writers share.</summary>
internal static class SeededRandom
{
    /// <summary>
    /// One independent generator per dataset, so that a change in one writer
    /// does not shift the numbers of every other file.
    /// </summary>
    public static Random For(int seed, string stream)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 2166136261u;
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= (uint)seed * 2654435761u;
        return new Random((int)(hash & 0x7FFFFFFF));
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A whole number in <paramref name="min"/>..<paramref name="max"/>, both inclusive.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static double Gaussian(this Random random)
    {
        // Box–Muller; 1 - u keeps the logarithm finite.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static double LogNormal(this Random random, double median, double sigma) =>
        median * Math.Exp(sigma * random.Gaussian());

    /// <summary>A count with the given mean: Poisson for small means, rounded normal above.</summary>
    public static int Poisson(this Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * random.Gaussian())));
        }

        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>Rounds a fractional expectation up or down at random, keeping its mean.</summary>
    public static int RoundRandomly(this Random random, double value)
    {
        var floor = Math.Floor(value);
        return (int)floor + (random.NextDouble() < value - floor ? 1 : 0);
    }

    public static string Hex(this Random random, int digits)
    {
        Span<char> chars = stackalloc char[digits];
        for (var i = 0; i < digits; i++)
        {
            chars[i] = "0123456789abcdef"[random.Next(16)];
        }

        return new string(chars);
    }
}
