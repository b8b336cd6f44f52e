namespace Analytics.Warehouse.Tests;

/// <summary>Compares the five criteria of a trust index with those worked out by hand; null means "missing".</summary>
internal static class TrustScoreAssert
{
    public static void Equal(params (double? Expected, double? Actual)[] criteria)
    {
        foreach (var (expected, actual) in criteria)
        {
            if (expected is null)
            {
                Assert.Null(actual);
            }
            else
            {
                Assert.NotNull(actual);
                Assert.Equal(expected.Value, actual.Value, 9);
            }
        }
    }
}
