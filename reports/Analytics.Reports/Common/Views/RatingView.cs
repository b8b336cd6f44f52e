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
    /// <summary>Lines shown from the top and from the bottom of a long table.</summary>
    public const int HeadLines = 10;

    public const int TailLines = 5;

    /// <param name="month">The month whose completeness the unions' column shows.</param>
    /// <param name="all">Show every line, however many.</param>
    public static RatingView Build(RatingTable table, string title, string? lead, int month, ReportText text, bool all = false, bool nationalRank = false)
    {
        var rows = table.Lines.Select(line => RatingRow.From(line, text)).ToList();
        var cut = !all && rows.Count > HeadLines + TailLines + 2;
        var head = cut ? rows.Take(HeadLines).ToList() : rows;
        var tail = cut ? rows.Skip(rows.Count - TailLines).ToList() : [];
        var gap = cut ? text.Text("rating_gap", ("count", ReportText.Int(rows.Count - HeadLines - TailLines))) : null;
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
        line.Score is { } score ? text.Format.Number(score, 1) : text["rating_unranked"],
        line.TrustIndex is { } index ? text.Format.Number(index, 1) : "—",
        text["band_short." + (line.Band ?? "none")],
        line.Band ?? "none",
        line.Completion is { } completion ? text.Format.Percent(completion) : "—",
        text.Count(line.Cases),
        text.Private(line.Appeals),
        line.Reporting?.Share is { } share ? text.Format.Percent(share) : "—");
}
