using System.Data;

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

    /// <summary>Reads <c>marts.dim_campaign</c>: the campaign and the build's cut-off.</summary>
    public static CampaignInfo Read(IDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var row = Marts.SingleOrDefault<CampaignRow>(
            connection,
            """
            select name_ru, name_kk, strftime(first_day, '%Y-%m-%d') as first_day, months::bigint as months,
                   strftime(cutoff, '%Y-%m-%d') as cutoff, large_primary_min_members::bigint as large_primary_min_members
            from marts.dim_campaign
            """)
            ?? throw new ReportUnavailableException(
                "Хранилище не пересчитано: выполните analytics build.",
                "Қойма есептелмеген: analytics build орындаңыз.");
        return new CampaignInfo(
            row.NameRu,
            row.NameKk,
            Marts.Date(row.FirstDay),
            checked((int)row.Months),
            Marts.Date(row.Cutoff),
            checked((int)row.LargePrimaryMinMembers));
    }

    private sealed record CampaignRow
    {
        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public string FirstDay { get; init; } = "";

        public long Months { get; init; }

        public string Cutoff { get; init; } = "";

        public long LargePrimaryMinMembers { get; init; }
    }
}
