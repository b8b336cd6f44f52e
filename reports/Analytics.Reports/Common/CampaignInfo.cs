using System.Data;
using System.Globalization;
using Dapper;

namespace Analytics.Reports.Common;

/// <summary>The campaign's calendar as the build saw it: its months, and the cut-off every figure runs to (methodology §1).</summary>
/// <param name="FirstDay">First day of campaign month 1.</param>
/// <param name="Months">Campaign months, 4 by default.</param>
/// <param name="Cutoff">The build's cut-off: every figure counts what is known on this day, inclusive.</param>
/// <param name="LargePrimaryMinMembers">Members from which a primary is large (KPI S2).</param>
public sealed record CampaignInfo(string NameRu, string NameKk, DateOnly FirstDay, int Months, DateOnly Cutoff, int LargePrimaryMinMembers = 500)
{
    public DateOnly LastDay => FirstDay.AddMonths(Months).AddDays(-1);

    /// <summary>Months 1..<see cref="Months"/> whose first day is on or before the cut-off.</summary>
    public int MonthsStarted => Enumerable.Range(1, Months).Count(month => MonthStart(month) <= Cutoff);

    /// <summary>The last month whose last day is on or before the cut-off; null while month 1 is in progress.</summary>
    public int? LastCompleteMonth => Enumerable.Range(1, Months).LastOrDefault(IsComplete) is var month and > 0 ? month : null;

    /// <summary>The campaign's last day is on or before the cut-off.</summary>
    public bool IsOver => LastDay <= Cutoff;

    public DateOnly MonthStart(int month) => FirstDay.AddMonths(month - 1);

    public DateOnly MonthEnd(int month) => FirstDay.AddMonths(month).AddDays(-1);

    public bool IsStarted(int month) => month >= 1 && month <= Months && MonthStart(month) <= Cutoff;

    public bool IsComplete(int month) => month >= 1 && month <= Months && MonthEnd(month) <= Cutoff;

    /// <summary>Reads <c>config.campaign</c> and the cut-off of <c>config.build</c>.</summary>
    public static CampaignInfo Read(IDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var cutoff = connection.ExecuteScalar<string?>("select strftime(cutoff, '%Y-%m-%d') from config.build")
            ?? throw new ReportUnavailableException(
                "Хранилище не пересчитано: выполните analytics build.",
                "Қойма есептелмеген: analytics build орындаңыз.");
        var campaign = connection.QuerySingle(
            "select name_ru, name_kk, strftime(start_month, '%Y-%m-%d') as first_day, months, large_primary_min_members from config.campaign");
        return new CampaignInfo(
            (string)campaign.name_ru,
            (string)campaign.name_kk,
            Date((string)campaign.first_day),
            Convert.ToInt32(campaign.months, CultureInfo.InvariantCulture),
            Date(cutoff),
            Convert.ToInt32(campaign.large_primary_min_members, CultureInfo.InvariantCulture));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
