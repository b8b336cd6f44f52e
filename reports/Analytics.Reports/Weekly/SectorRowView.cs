using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>One sector union's row: name in the report language, completion and its colour in words.</summary>
/// <param name="ColourClass">green | yellow | red | none, for the colour chip; the word is <paramref name="ColourName"/>.</param>
internal sealed record SectorRowView(
    int Number,
    string Name,
    string ActivePrimaries,
    string Completion,
    int? Progress,
    string ColourClass,
    string ColourName)
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

        return new SectorRowView(
            number,
            name,
            format.Number(sector.ActivePrimaries),
            sector.Completion is { } completion ? format.Percent(completion) : language["no_value"],
            progress,
            colour ?? "none",
            language.ColourName(colour));
    }
}
