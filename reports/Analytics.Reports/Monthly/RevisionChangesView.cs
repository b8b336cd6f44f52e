using System.Globalization;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;

namespace Analytics.Reports.Monthly;

/// <summary>The «what changed since revision r» section: changed figures old → new, then the files that brought them.</summary>
internal sealed record RevisionChangesView(string Lead, IReadOnlyList<RevisionChangeRow> Rows, string? None, string Sources, IReadOnlyList<string> Files)
{
    public static RevisionChangesView Build(RevisionChanges changes, ReportText text)
    {
        var revision = ReportText.Int(changes.PreviousRevision);
        return new RevisionChangesView(
            text.Text("changes_lead", ("revision", revision)),
            changes.Figures.Select(change => Describe(change, text)).ToList(),
            changes.Figures.Count == 0 ? text["changes_none"] : null,
            text.Text(changes.Inputs.Count > 0 ? "changes_sources" : "changes_sources_none", ("revision", revision)),
            changes.Inputs.Select(input => $"{input.BatchId.ToString(CultureInfo.InvariantCulture)}: {input.FileName}").ToList());
    }

    /// <summary>A changed value as the report's reader knows it: the figure by its name, the organisation by its name, values formatted.</summary>
    public static RevisionChangeRow Describe(RevisionChange change, ReportText text)
    {
        var org = $"{text.Name(change.NameRu, change.NameKk)} ({change.OrgId})";
        var parts = change.Key.Split('|');
        var figure = (change.Table, change.Column) switch
        {
            ("kpi", var column) => text.Text(column == "met" ? "changes_kpi_met" : "changes_kpi_value", ("id", parts[0]), ("name", text["kpi." + parts[0]]), ("org", org)),
            ("trust_index", var column) => text.Text(column == "band" ? "changes_trust_band" : "changes_trust_index", ("org", org), ("period", Period(parts.ElementAtOrDefault(2), text))),
            ("ratings", _) => text.Text("changes_rating_rank", ("org", org)),
            ("campaign_map", _) => text.Text("changes_map_colour", ("org", org)),
            _ => $"{change.Table} · {change.Key.Replace("|", " · ", StringComparison.Ordinal)} · {change.Column}",
        };
        return new RevisionChangeRow(figure, Value(change, change.OldValue, text), Value(change, change.NewValue, text));
    }

    private static string Period(string? period, ReportText text) =>
        period is ['m', 'o', 'n', 't', 'h', '-', .. var month] ? text.Text("changes_period_month", ("month", month)) : text["changes_period_to_date"];

    private static string Value(RevisionChange change, string? value, ReportText text)
    {
        if (value is null)
        {
            return "—";
        }

        decimal? number = decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var kpiKind = change.Table == "kpi" ? new KpiResult(change.Key.Split('|')[0], number, 0m, true, null).Kind : (KpiKind?)null;
        return (change.Table, change.Column, number) switch
        {
            ("kpi", "met", _) => value == "true" ? text["status_met"] : text["status_not_met"],
            ("kpi", "value", { } share) when kpiKind == KpiKind.Share => text.Format.Percent(share),
            ("kpi", "value", { } growth) when kpiKind == KpiKind.Growth => text.Growth(growth),
            ("kpi", "value", { } count) => text.Format.Number(count, 0),
            ("trust_index", "band", _) => text.Band(value),
            ("campaign_map", "colour", _) => text["colour_" + value],
            ("ratings", "rank", { } rank) => text.Format.Number(rank, 0),
            (_, _, { } other) => text.Format.Number(other, 1),
            _ => value,
        };
    }
}

internal sealed record RevisionChangeRow(string Figure, string Old, string New);
