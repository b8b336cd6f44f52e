namespace Analytics.Reports.Common.Views;

/// <summary>A rating table, formatted; a long one shows its head and tail, the XLSX shows it whole.</summary>
/// <param name="ShowAppeals">Primaries: the appeals column, with "&lt;5" for 1 to 4.</param>
/// <param name="ShowReporting">Unions: the month's completeness of reporting column.</param>
/// <param name="Gap">Between the head and the tail: "… ещё 12 организаций …"; null when every line is shown.</param>
internal sealed record RatingView(
    string Title,
    string? Lead,
    bool ShowAppeals,
    bool ShowReporting,
    bool ShowNationalRank,
    string ReportingColumn,
    IReadOnlyList<RatingRow> Head,
    string? Gap,
    IReadOnlyList<RatingRow> Tail,
    string? Empty)
{
    /// <summary>Columns after the place, for the gap row's colspan: a wider span would add a phantom column.</summary>
    public int GapSpan => 6 + (ShowNationalRank ? 1 : 0) + (ShowAppeals ? 1 : 0) + (ShowReporting ? 1 : 0);

    /// <summary>Lines shown from the top and from the bottom of a long table.</summary>
    public const int HeadLines = 10;

    public const int TailLines = 5;

    /// <param name="month">The month whose completeness the unions' column shows.</param>
    /// <param name="all">Show every line, however many.</param>
    public static RatingView Build(RatingTable table, string title, string? lead, int month, ReportText text, bool all = false, bool nationalRank = false)
    {
        var rows = table.Lines.Select(line => RatingRow.From(line, text)).ToList();
        var ranked = table.Lines.Count(l => l.Place is not null);
        var cut = !all && rows.Count > HeadLines + TailLines + 2;

        // a long table shows its first and last ranked lines; the unranked (no trust index) are counted in the gap
        var head = cut ? rows.Take(Math.Min(HeadLines, ranked)).ToList() : rows;
        var tail = cut ? rows.Take(ranked).Skip(Math.Max(HeadLines, ranked - TailLines)).ToList() : [];
        string? gap = null;
        if (cut)
        {
            gap = text.Text("rating_gap", ("count", text.Count(ranked - head.Count - tail.Count)));
            if (rows.Count > ranked)
            {
                gap += " " + text.Text("rating_gap_unranked", ("count", text.Count(rows.Count - ranked)));
            }
        }

        return new RatingView(
            title,
            lead,
            table.Rating == "primary",
            table.Rating != "primary" && table.Lines.Any(l => l.Reporting is not null),
            nationalRank,
            text.Text("rating_col_reporting", ("month", ReportText.Int(month))),
            head,
            gap,
            tail,
            rows.Count == 0 ? text["rating_empty"] : null);
    }
}

internal sealed record RatingRow(
    string Place,
    string NationalRank,
    string Name,
    string Score,
    string TrustIndex,
    string Band,
    string BandClass,
    string Completion,
    string Cases,
    string Appeals,
    string Reporting)
{
    public static RatingRow From(RatingLine line, ReportText text) => new(
        line.Place is { } place ? ReportText.Int(place) : "—",
        line.NationalRank is { } rank ? text.Count(rank) : "—",
        text.Name(line.NameRu, line.NameKk),
        line.Score is { } score ? text.Format.Number(score, 1) : "—",
        line.TrustIndex is { } index ? text.Format.Number(index, 1) : "—",
        text["band_short." + (line.Band ?? "none")],
        line.Band ?? "none",
        line.Completion is { } completion ? text.Format.Percent(completion) : "—",
        text.Count(line.Cases),
        text.Private(line.Appeals),
        line.Reporting?.Share is { } share ? text.Format.Percent(share) : "—");
}
