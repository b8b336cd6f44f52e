namespace Analytics.Reports.Common.Views;

/// <summary>Data quality, formatted: what was read, loaded and quarantined, by dataset and reason.</summary>
internal sealed record QualityView(string Lead, IReadOnlyList<QualityRow> Rows, string? None, string Scope)
{
    public static QualityView Build(DataQuality quality, ReportText text)
    {
        var lead = text.Text(
            "quality_lead",
            ("read", text.Count(quality.RowsRead)),
            ("loaded", text.Count(quality.RowsLoaded)),
            ("quarantined", text.Count(quality.RowsQuarantined)),
            ("share", text.Share(quality.QuarantinedShare)));
        return new QualityView(
            lead,
            quality.Reasons.Select(r => new QualityRow(
                text.Language.Labels.TryGetValue("dataset." + r.Dataset, out var dataset) ? dataset : r.Dataset,
                text.Language.Labels.TryGetValue("reason." + r.ReasonCode, out var reason) ? reason : r.ReasonCode,
                text.Count(r.Rows),
                text.Count(r.Files))).ToList(),
            quality.Reasons.Count == 0 ? text["quality_none"] : null,
            text["quality_scope"]);
    }
}

internal sealed record QualityRow(string Dataset, string Reason, string Rows, string Files);
