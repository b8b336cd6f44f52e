using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>One sector union's row: name in the report language, completion and its colour in words, red primaries, completeness of reporting.</summary>
/// <param name="ColourClass">green | yellow | red | none, for the colour chip; the word is <paramref name="ColourName"/>.</param>
/// <param name="Reporting">Share of its active primaries that reported for the month (methodology §11), or the no-value dash.</param>
/// <param name="ReportingDetail">"5 / 6": reported of active; empty when unknown.</param>
internal sealed record SectorRowView(
    int Number,
    string Name,
    string ActivePrimaries,
    string Completion,
    int? Progress,
    string ColourClass,
    string ColourName,
    string RedPrimaries,
    bool HasRed,
    string Reporting,
    string ReportingDetail)
{
    private static readonly HashSet<string> KnownColours = ["green", "yellow", "red"];

    public static SectorRowView From(int number, SectorCompletion sector, ReportLanguage language)
    {
        var format = language.Format;
        var name = language.Code == "kk" ? sector.NameKk : sector.NameRu;
        var colour = sector.Colour is { } c && KnownColours.Contains(c) ? c : null;
        int? progress = sector.Completion is { } share
            ? (int)Math.Round(Math.Clamp(share, 0m, 1m) * 100m, 0, MidpointRounding.AwayFromZero)
            : null;
        var reporting = sector.Reporting is { Share: { } reported } ? format.Percent(reported) : language["no_value"];
        var detail = sector.Reporting is { ActivePrimaries: > 0 } line
            ? $"{format.Number(line.Reported)}\u00A0/\u00A0{format.Number(line.ActivePrimaries)}"
            : "";

        return new SectorRowView(
            number,
            name,
            format.Number(sector.ActivePrimaries),
            sector.Completion is { } completion ? format.Percent(completion) : language["no_value"],
            progress,
            colour ?? "none",
            language.ColourName(colour),
            format.Number(sector.RedPrimaries),
            sector.RedPrimaries > 0,
            reporting,
            detail);
    }
}
