using System.Globalization;
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
            changes.Figures.Select(change => new RevisionChangeRow(
                $"{change.Table} · {change.Key.Replace("|", " · ", StringComparison.Ordinal)} · {change.Column}",
                change.OldValue ?? "—",
                change.NewValue ?? "—")).ToList(),
            changes.Figures.Count == 0 ? text["changes_none"] : null,
            text.Text(changes.Inputs.Count > 0 ? "changes_sources" : "changes_sources_none", ("revision", revision)),
            changes.Inputs.Select(input => $"{input.BatchId.ToString(CultureInfo.InvariantCulture)}: {input.FileName}").ToList());
    }
}

internal sealed record RevisionChangeRow(string Figure, string Old, string New);
