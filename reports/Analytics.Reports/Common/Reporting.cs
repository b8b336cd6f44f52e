namespace Analytics.Reports.Common;

/// <summary>Completeness of monthly reporting of one group for one campaign month (methodology §11).</summary>
/// <param name="Share">Reported / ActivePrimaries; null without active primaries.</param>
public sealed record Reporting(int Month, long ActivePrimaries, long Reported, decimal? Share)
{
    public static Reporting None(int month) => new(month, 0, 0, null);
}
