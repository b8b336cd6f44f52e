using System.Globalization;

namespace Analytics.Reports.Localization;

/// <summary>
/// Numbers, percentages and dates as the reports print them: a no-break space (U+00A0) between
/// thousands, a decimal comma, one decimal in percentages, dates as dd.MM.yyyy.
/// </summary>
/// <remarks>
/// The separators are fixed here, not taken from ICU: ru-KZ and kk-KZ agree today, but kk-KZ writes
/// "72,5%" without the space, and a different ICU on another machine must not change a report.
/// Rounding is half away from zero (methodology §13), not .NET's default banker's rounding.
/// </remarks>
public sealed class ReportFormat
{
    /// <summary>U+00A0, between thousands and before the percent sign, so no line breaks inside a number.</summary>
    public const char NoBreakSpace = '\u00A0';

    private readonly NumberFormatInfo numbers;

    public ReportFormat(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
        var numbers = (NumberFormatInfo)culture.NumberFormat.Clone();
        numbers.NumberGroupSeparator = NoBreakSpace.ToString();
        numbers.NumberDecimalSeparator = ",";
        numbers.NumberGroupSizes = [3];
        numbers.NegativeSign = "-";
        this.numbers = NumberFormatInfo.ReadOnly(numbers);
    }

    public CultureInfo Culture { get; }

    /// <summary>12345 → "12 345".</summary>
    public string Number(long value) => value.ToString("N0", numbers);

    /// <summary>1234.567 with 1 decimal → "1 234,6".</summary>
    public string Number(decimal value, int decimals = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), numbers);
    }

    /// <summary>A share 0..1 as a percentage: 0.7245 → "72,5 %".</summary>
    public string Percent(decimal share, int decimals = 1) => Number(share * 100m, decimals) + NoBreakSpace + "%";

    /// <summary>"16.03.2025".</summary>
    public string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Culture); // '.' is a literal here, not the culture's separator

    /// <summary>The month's name in the nominative, lower case as in running text: "март", "наурыз".</summary>
    public string MonthName(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Culture.DateTimeFormat.MonthNames[month - 1].ToLower(Culture);
    }
}
