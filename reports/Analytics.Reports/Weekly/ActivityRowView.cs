using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>One line of "this week against the week before", formatted.</summary>
/// <param name="Trend">up | down | same | na, for the CSS only: the change is always written out with its sign.</param>
internal sealed record ActivityRowView(string Name, string LastWeek, string ThisWeek, string Change, string ChangePercent, string Trend)
{
    public static ActivityRowView From(ActivityCount count, ReportLanguage language)
    {
        var format = language.Format;
        var noValue = language["no_value"];
        var name = language["activity." + count.Activity];
        if (count.LastWeek is not { } last || count.Change is not { } difference)
        {
            return new ActivityRowView(name, noValue, format.Number(count.ThisWeek), noValue, noValue, "na");
        }

        var change = difference switch
        {
            > 0 => "+" + format.Number(difference),
            < 0 => "\u2212" + format.Number(-difference), // a real minus sign, as in print
            _ => "0",
        };

        var percent = count.ChangeShare is { } share
            ? Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero) switch
            {
                > 0 => "+" + format.Percent(Math.Abs(share)),
                < 0 => "\u2212" + format.Percent(Math.Abs(share)),
                _ => format.Percent(Math.Abs(share)),
            }
            : noValue;

        return new ActivityRowView(name, format.Number(last), format.Number(count.ThisWeek), change, percent, difference switch
        {
            > 0 => "up",
            < 0 => "down",
            _ => "same",
        });
    }
}
