using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>One sector union's row: name in the report language, completion and its colour in words, red primaries, completeness of reporting.</summary>
/// <param name="ColourClass">green | yellow | red | none, for the colour chip; the word is <paramref name="ColourName"/>.</param>
/// <param name="Reporting">Share of its active primaries that reported for the month (methodology §11), or the no-value dash.</param>
internal sealed record SectorRowView(
    int Number,
    string Name,
    string ActivePrimaries,
    string Completion,
    string ColourClass,
    string ColourName,
    string RedPrimaries,
    bool HasRed,
    string Reporting)
{
    private static readonly HashSet<string> KnownColours = ["green", "yellow", "red"];

    public static SectorRowView From(int number, SectorCompletion sector, ReportLanguage language)
    {
        var format = language.Format;
        var name = language.Code == "kk" ? sector.NameKk : sector.NameRu;
        var colour = sector.Colour is { } c && KnownColours.Contains(c) ? c : null;
        var reporting = sector.Reporting is { Share: { } reported } ? format.Percent(reported) : language["no_value"];

        return new SectorRowView(
            number,
            name,
            format.Number(sector.ActivePrimaries),
            sector.Completion is { } completion ? format.Percent(completion) : language["no_value"],
            colour ?? "none",
            language.ColourName(colour),
            format.Number(sector.RedPrimaries),
            sector.RedPrimaries > 0,
            reporting);
    }
}
