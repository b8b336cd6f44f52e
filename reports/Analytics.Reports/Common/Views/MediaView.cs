namespace Analytics.Reports.Common.Views;

/// <summary>The media panel, formatted.</summary>
internal sealed record MediaView(
    string Message,
    IReadOnlyList<MediaRow> Platforms,
    MediaRow? Total,
    IReadOnlyList<MaterialRow> Best,
    IReadOnlyList<ActiveRow> ActiveSectors,
    IReadOnlyList<ActiveRow> ActiveTerritories,
    string? Position)
{
    public static MediaView Build(MediaPanel media, string periodText, ReportText text)
    {
        if (media.Total.Publications == 0)
        {
            return new MediaView(text.Text("media_none", ("period", periodText)), [], null, [], [], [], null);
        }

        var position = media.Position is { } p
            ? text.Text("media_position", ("rank", ReportText.Int(p.RankByPublications)), ("of", ReportText.Int(p.Of)), ("reach_rank", ReportText.Int(p.RankByReach)))
            : null;
        return new MediaView(
            text.Text("media_lead", ("period", periodText), ("publications", text.Count(media.Total.Publications)), ("reach", text.Count(media.Total.Reach))),
            media.Platforms.Select(line => MediaRow.From(line, text)).ToList(),
            MediaRow.From(media.Total, text),
            media.Best.Select(m => MaterialRow.From(m, text)).ToList(),
            media.MostActive.Where(a => a.Scope == "sector").Select(a => ActiveRow.From(a, text)).ToList(),
            media.MostActive.Where(a => a.Scope == "territorial").Select(a => ActiveRow.From(a, text)).ToList(),
            position);
    }
}

internal sealed record MediaRow(string Platform, string Publications, string Videos, string Reach, string Views, string Engagements)
{
    public static MediaRow From(MediaPlatformLine line, ReportText text) => new(
        line.Platform == "total" ? text["media_total"] : text.Platform(line.Platform),
        text.Count(line.Publications),
        text.Count(line.Videos),
        text.Count(line.Reach),
        line.Views is { } views ? text.Count(views) : text["no_data"],
        line.Engagements is { } engagements ? text.Count(engagements) : text["no_data"]);
}

internal sealed record MaterialRow(string Number, string Organisation, string Date, string Platform, string Format, string Reach, string Best)
{
    public static MaterialRow From(MediaMaterial material, ReportText text) => new(
        ReportText.Int(material.Rank),
        text.Name(material.OrgNameRu, material.OrgNameKk),
        text.Format.Date(material.Published),
        text.Platform(material.Platform),
        text.Language.Labels.TryGetValue("format." + material.Format, out var format) ? format : material.Format,
        text.Count(material.Reach),
        material.IsBest ? text["media_marked_best"] : "");
}

internal sealed record ActiveRow(string Rank, string Name, string Publications, string Reach)
{
    public static ActiveRow From(MediaActiveLine line, ReportText text) => new(
        ReportText.Int(line.RankByPublications), text.Name(line.NameRu, line.NameKk), text.Count(line.Publications), text.Count(line.Reach));
}
