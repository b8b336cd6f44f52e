namespace Analytics.SampleData.Registry;

/// <summary>
/// Heavy-tailed primary sizes: most 15–300 members, about 14% at 500 or more, a few up to 15,000.
/// Sizes are read off the quantile function at evenly spaced points, so the total is stable
/// (about 125 members a primary: 50,000 for 400 primaries, 2,000,000 for 16,000) whatever the seed.
/// </summary>
internal static class MemberSizes
{
    public const int LargeFrom = 500;
    private const double SmallShare = 0.86;
    private const double GiantFrom = 0.9997;
    private const double SmallMedian = 18;
    private const double SmallSigma = 0.9;
    private const double TailAlpha = 4.5;

    /// <summary>Sizes for <paramref name="count"/> primaries, ascending.</summary>
    public static int[] Spread(int count)
    {
        var sizes = new int[count];
        for (var i = 0; i < count; i++)
        {
            sizes[i] = (int)Math.Round(Quantile((i + 0.5) / count));
        }

        return sizes;
    }

    private static double Quantile(double u)
    {
        if (u < SmallShare)
        {
            return TruncatedLogNormal(u / SmallShare, SmallMedian, SmallSigma, 15, LargeFrom - 1);
        }

        if (u < GiantFrom)
        {
            var v = (u - SmallShare) / (GiantFrom - SmallShare);
            return Math.Min(LargeFrom * Math.Pow(1 - v, -1 / TailAlpha), 5_900);
        }

        return 6_000 + ((u - GiantFrom) / (1 - GiantFrom) * 9_000);
    }

    private static double TruncatedLogNormal(double v, double median, double sigma, double min, double max)
    {
        var low = NormalCdf(Math.Log(min / median) / sigma);
        var high = NormalCdf(Math.Log(max / median) / sigma);
        return median * Math.Exp(sigma * NormalQuantile(low + (v * (high - low))));
    }

    private static double NormalCdf(double x) => 0.5 * (1 + Erf(x / Math.Sqrt(2)));

    private static double Erf(double x)
    {
        // Abramowitz–Stegun 7.1.26 (error below 1.5e-7): plenty for sizes rounded to whole members.
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1 / (1 + (0.3275911 * x));
        var y = 1 - ((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return sign * y;
    }

    private static double NormalQuantile(double p)
    {
        // Bisection on the CDF: called once per primary, so speed does not matter.
        double low = -8, high = 8;
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            if (NormalCdf(mid) < p)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (low + high) / 2;
    }
}
