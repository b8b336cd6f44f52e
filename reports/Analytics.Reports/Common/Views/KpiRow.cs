namespace Analytics.Reports.Common.Views;

/// <summary>One KPI line, every value formatted in the report language.</summary>
/// <param name="Value">The value, or "не применимо" / "қолданылмайды" in words.</param>
/// <param name="Progress">Value / target as a whole percentage 0..100 for the bar; null when not applicable.</param>
/// <param name="StatusClass">met | not-met | na, for the CSS only: the status is always written out.</param>
/// <param name="Note">Why a KPI is not applicable, or the completeness of the monthly reports it rests on.</param>
internal sealed record KpiRow(
    string Id,
    string Name,
    string Value,
    string Target,
    int? Progress,
    string ProgressText,
    string Status,
    string StatusClass,
    string? Note)
{
    public static KpiRow From(KpiResult kpi, ReportText text, CampaignInfo campaign, string? reportingNote)
    {
        var format = text.Format;
        string Show(decimal value) => kpi.Kind switch
        {
            KpiKind.Share => format.Percent(value),
            KpiKind.Growth => text.Growth(value),
            _ => format.Number(value),
        };

        var value = kpi.Applicable && kpi.Value is { } v ? Show(v) : text["not_applicable"];
        var target = kpi.Kind switch
        {
            KpiKind.Share when kpi.Target >= 1m => format.Percent(kpi.Target, decimals: 0),
            KpiKind.Share => text.Text("target_at_least", ("value", format.Percent(kpi.Target, decimals: 0))),
            KpiKind.Growth => text.Text("target_at_least", ("value", "+" + format.Percent(kpi.Target, decimals: 0))),
            KpiKind.MonthsCount => text.Text("target_months", ("value", format.Number(kpi.Target))),
            _ => text.Text("target_at_least", ("value", format.Number(kpi.Target))),
        };

        int? progress = null;
        var progressText = "—";
        if (kpi.Applicable && kpi.Value is { } reached && kpi.Target > 0)
        {
            var ratio = Math.Clamp(reached / kpi.Target, 0m, 1m);
            // a KPI not met never reads "100 %" beside "not met": 99.5 % is shown as 99 %
            if (kpi.Met == false)
            {
                ratio = Math.Floor(ratio * 100m) / 100m;
            }

            progress = (int)Math.Round(ratio * 100m, 0, MidpointRounding.AwayFromZero);
            progressText = format.Percent(ratio, decimals: 0);
        }

        var (status, statusClass) = (kpi.Applicable, kpi.Met) switch
        {
            (false, _) => ("—", "na"),
            (true, true) => (text["status_met"], "met"),
            (true, false) => (text["status_not_met"], "not-met"),
            (true, null) => (text["no_data"], "na"),
        };

        var note = kpi.Applicable ? reportingNote : NotApplicableWhy(kpi, text, campaign);
        return new KpiRow(kpi.KpiId, text["kpi." + kpi.KpiId], value, target, progress, progressText, status, statusClass, note);
    }

    /// <summary>
    /// Methodology §5: a KPI without a denominator, or of a month not started, says why in words. A month's control
    /// KPI of a month that has started lacks a denominator: no active primary (M1), none taking part in the month (M2).
    /// </summary>
    private static string NotApplicableWhy(KpiResult kpi, ReportText text, CampaignInfo campaign) => kpi.KpiId switch
    {
        "F5" => text["na.F5"],
        "S2" => text.Text("na.S2", ("members", text.Count(campaign.LargePrimaryMinMembers))),
        "S1" or "T1" or "M1" when MonthStarted(kpi, campaign) => text["na.no_primaries"],
        "M2" when MonthStarted(kpi, campaign) => text.Text("na.M_none_participating", ("month", "2")),
        ['M', var k] when !MonthStarted(kpi, campaign) => text.Text("na.M", ("month", k.ToString())),
        _ => text["na.other"],
    };

    /// <summary>Whether the KPI's campaign month has started by the cut-off; true for a KPI of no month.</summary>
    private static bool MonthStarted(KpiResult kpi, CampaignInfo campaign) =>
        kpi.KpiId is not ['M', var k] || k - '0' <= campaign.MonthsStarted;
}
