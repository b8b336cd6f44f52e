namespace Analytics.Reports.Weekly;

/// <summary>Traffic-light colour of a completion, methodology §4.</summary>
public static class CompletionColour
{
    public const string Green = "green";
    public const string Yellow = "yellow";
    public const string Red = "red";

    /// <summary>green when c &gt; 80 %, yellow when 50 % ≤ c ≤ 80 %, red when c &lt; 50 %; null without a value.</summary>
    /// <param name="completion">A share 0..1.</param>
    public static string? Of(decimal? completion)
    {
        if (completion is not { } share)
        {
            return null;
        }

        // methodology §1 and §13: round to 9 decimals, half away from zero, before comparing with a band
        var rounded = Math.Round(share, 9, MidpointRounding.AwayFromZero);
        return rounded > 0.8m ? Green : rounded >= 0.5m ? Yellow : Red;
    }
}
