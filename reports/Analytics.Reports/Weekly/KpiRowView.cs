using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>One KPI line of the report, every value already formatted in the report language.</summary>
/// <param name="Progress">Value / target as a whole percentage 0..100 for the bar; null when not applicable.</param>
/// <param name="StatusClass">met | not-met | na, for the CSS only: the status is always written out.</param>
internal sealed record KpiRowView(
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
    public static KpiRowView From(KpiLine kpi, ReportLanguage language, string? note)
    {
        var format = language.Format;
        var noValue = language["no_value"];
        string Show(decimal value) => kpi.Unit == KpiUnit.Share ? format.Percent(value) : format.Number(value);

        var value = kpi.Applicable && kpi.Value is { } v ? Show(v) : noValue;
        var target = language.Text("target_at_least", ("value", Show(kpi.Target)));

        int? progress = null;
        var progressText = noValue;
        if (kpi.Applicable && kpi.Value is { } reached && kpi.Target > 0)
        {
            var ratio = Math.Clamp(reached / kpi.Target, 0m, 1m);
            progress = (int)Math.Round(ratio * 100m, 0, MidpointRounding.AwayFromZero);
            progressText = format.Percent(ratio, decimals: 0);
        }

        var (status, statusClass) = (kpi.Applicable, kpi.Met) switch
        {
            (false, _) => (language["status_not_applicable"], "na"),
            (true, true) => (language["status_met"], "met"),
            (true, false) => (language["status_not_met"], "not-met"),
            (true, null) => (language["status_no_data"], "na"),
        };

        return new KpiRowView(kpi.KpiId, language.KpiName(kpi.KpiId), value, target, progress, progressText, status, statusClass, note);
    }
}
