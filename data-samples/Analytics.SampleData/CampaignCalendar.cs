using System.Globalization;
using Analytics.SampleData.Infrastructure;

namespace Analytics.SampleData;

/// <summary>The campaign's months and weeks (methodology §1); every time is local, UTC+05:00.</summary>
internal sealed class CampaignCalendar
{
    public const int Months = 4;
    public const int Weeks = 16;
    public const string OffsetSuffix = "+05:00";

    private CampaignCalendar(DateOnly start)
    {
        Start = start;
        End = start.AddMonths(Months).AddDays(-1);
    }

    public DateOnly Start { get; }

    /// <summary>The last day of month 4.</summary>
    public DateOnly End { get; }

    public int TotalDays => End.DayNumber - Start.DayNumber + 1;

    public static CampaignCalendar Parse(string startMonth)
    {
        if (!DateOnly.TryParseExact(startMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            throw new ArgumentException($"StartMonth must be YYYY-MM, found \"{startMonth}\".", nameof(startMonth));
        }

        return new CampaignCalendar(start);
    }

    public DateOnly MonthStart(int month) => Start.AddMonths(month - 1);

    public DateOnly MonthEnd(int month) => Start.AddMonths(month).AddDays(-1);

    public string Period(int month) => MonthStart(month).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Campaign month 1..4 of a date, 0 before the campaign, 5 after it.</summary>
    public int MonthOf(DateOnly date)
    {
        if (date < Start)
        {
            return 0;
        }

        var months = ((date.Year - Start.Year) * 12) + date.Month - Start.Month + 1;
        return Math.Min(months, Months + 1);
    }

    /// <summary>Campaign week 1..16: days 1–7, 8–14, 15–21 and 22 to the end of each month.</summary>
    public (DateOnly First, DateOnly Last) Week(int week)
    {
        var month = ((week - 1) / 4) + 1;
        var inMonth = ((week - 1) % 4) + 1;
        var first = MonthStart(month).AddDays((inMonth - 1) * 7);
        var last = inMonth == 4 ? MonthEnd(month) : first.AddDays(6);
        return (first, last);
    }

    public int WeekOf(DateOnly date)
    {
        var month = MonthOf(date);
        var inMonth = Math.Min((date.Day - 1) / 7, 3) + 1;
        return ((month - 1) * 4) + inMonth;
    }

    public DateOnly DayInMonth(Random random, int month) => Between(random, MonthStart(month), MonthEnd(month));

    public DateOnly DayInWeek(Random random, int week)
    {
        var (first, last) = Week(week);
        return Between(random, first, last);
    }

    public static DateOnly Between(Random random, DateOnly first, DateOnly last) =>
        DateOnly.FromDayNumber(random.Between(first.DayNumber, last.DayNumber));

    /// <summary>A time of day in [fromHour, toHour), to the minute.</summary>
    public static DateTime At(Random random, DateOnly day, double fromHour, double toHour) =>
        day.ToDateTime(TimeOnly.MinValue).AddMinutes(Math.Floor(random.Between(fromHour, toHour) * 60));
}
