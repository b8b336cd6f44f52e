namespace Analytics.Reports.Common.Views;

/// <summary>The social barometer's analytical note, formatted.</summary>
/// <param name="Message">The note's first line.</param>
/// <param name="EmergingMore">"Показаны 10 из 63; все — в приложении XLSX" when the list is cut.</param>
internal sealed record BarometerView(
    string Message,
    string? ClassifiedNote,
    IReadOnlyList<TopicRow> Top,
    IReadOnlyList<TopicRow> Growing,
    string GrowingNone,
    IReadOnlyList<EmergingRow> Emerging,
    string EmergingIntro,
    string? EmergingMore,
    IReadOnlyList<TopicRow> Satisfaction)
{
    /// <summary>Emerging problems shown on the page; the XLSX has them all.</summary>
    public const int EmergingShown = 10;

    public static BarometerView Build(BarometerNote note, ReportScope scope, CampaignInfo campaign, ReportText text)
    {
        var month = text.MonthYear(campaign, note.Month);
        var message = note.Appeals == 0
            ? text.Text("barometer_no_appeals", ("period", month))
            : text.Text("barometer_lead", ("period", month), ("appeals", text.Count(note.Appeals)))
                + (note.MonthComplete ? "" : " " + text.Text("barometer_in_progress", ("date", text.Format.Date(campaign.Cutoff))));
        var classified = note.ClassifiedShare is { } share
            ? text.Text("barometer_classified", ("share", text.Format.Percent(share)), ("other", text.Share(note.OtherShare)))
            : null;

        var emergingIntro = note.Emerging.Count == 0
            ? text["emerging_none"]
            : scope.Scope switch
            {
                ReportScope.Territorial => text["emerging_intro_region"],
                ReportScope.Sector => text["emerging_intro_sector"],
                _ => text["emerging_intro"],
            };
        var more = note.Emerging.Count > EmergingShown
            ? text.Text("emerging_more", ("shown", ReportText.Int(EmergingShown)), ("total", ReportText.Int(note.Emerging.Count)))
            : null;

        return new BarometerView(
            message,
            classified,
            note.TopTopics.Select((t, i) => TopicRow.From(i + 1, t, text)).ToList(),
            note.FastestGrowing.Select((t, i) => TopicRow.From(i + 1, t, text)).ToList(),
            note.Month == 1 ? text["growing_month_one"] : text["growing_none"],
            note.Emerging.Take(EmergingShown).Select(e => EmergingRow.From(e, text)).ToList(),
            emergingIntro,
            more,
            note.Satisfaction.Select((t, i) => TopicRow.From(i + 1, t, text)).ToList());
    }
}

internal sealed record TopicRow(string Number, string Topic, string Appeals, string Share, string Change, string Satisfaction)
{
    public static TopicRow From(int number, TopicLine line, ReportText text) => new(
        ReportText.Int(number),
        text.Topic(line.Topic),
        text.Count(line.Appeals),
        line.Share is { } share ? text.Format.Percent(share) : "—",
        line.Change is { } change ? text.Growth(change) : "—",
        line.MeanSatisfaction is { } mean ? text.Format.Number(mean, 2) : "—");
}

internal sealed record EmergingRow(string Week, string Where, string Topic, string Appeals, string Threshold)
{
    public static EmergingRow From(EmergingLine line, ReportText text) => new(
        ReportText.Int(line.Week),
        text.Text("emerging_where", ("scope", text["emerging_scope." + line.Scope]), ("name", text.Name(line.NameRu, line.NameKk))),
        text.Topic(line.Topic),
        text.Count(line.Appeals),
        text.Format.Number(line.Threshold, 1));
}
