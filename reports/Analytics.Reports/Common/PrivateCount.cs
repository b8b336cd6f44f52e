namespace Analytics.Reports.Common;

/// <summary>
/// A count of appeals or survey answers of a single primary: 1 to 4 are never shown, only "&lt;5"
/// (methodology §12). The exact value is dropped here, so no page, sheet or snapshot can show it.
/// </summary>
/// <param name="Value">The count when 0 or 5 and more; null when it was 1 to 4.</param>
public sealed record PrivateCount(long? Value)
{
    public bool LessThanFive => Value is null;

    public static PrivateCount Of(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new PrivateCount(count is >= 1 and <= 4 ? null : count);
    }
}
