using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>The red zone section: how many, in which sector unions most, and the worst few by name.</summary>
internal sealed record RedZoneView(string Summary, string? TopSectors, string? ListIntro, IReadOnlyList<RedPrimaryRowView> Primaries)
{
    /// <summary>How many red primaries the PDF lists by name; the XLSX has them all.</summary>
    public const int Listed = 8;

    public static RedZoneView Build(WeeklyReport report, ReportLanguage language)
    {
        var format = language.Format;
        var red = report.RedZone;
        if (red.Primaries == 0)
        {
            return new RedZoneView(language["red_none"], null, null, []);
        }

        var summary = language.Text(
            "red_summary",
            ("red", format.Number(red.Primaries)),
            ("active", format.Number(red.ActivePrimaries)),
            ("share", red.ActivePrimaries > 0 ? format.Percent((decimal)red.Primaries / red.ActivePrimaries) : language["no_value"]));

        var comparer = StringComparer.Create(language.Culture, ignoreCase: false);
        var top = report.Sectors
            .Where(s => s.RedPrimaries > 0)
            .OrderByDescending(s => s.RedPrimaries)
            .ThenBy(s => Name(s.NameRu, s.NameKk, language), comparer)
            .Take(3)
            .Select(s => $"{Name(s.NameRu, s.NameKk, language)} ({format.Number(s.RedPrimaries)})")
            .ToList();
        var topSectors = top.Count == 0 ? null : language.Text("red_top_sectors", ("list", string.Join("; ", top)));

        var shown = red.Worst.Take(Listed).ToList();
        var intro = shown.Count < red.Primaries
            ? language.Text("red_list_some", ("shown", format.Number(shown.Count)), ("red", format.Number(red.Primaries)))
            : language["red_list_all"];
        var rows = shown.Select((p, i) => RedPrimaryRowView.From(i + 1, p, language)).ToList();
        return new RedZoneView(summary, topSectors, intro, rows);
    }

    internal static string Name(string ru, string kk, ReportLanguage language) => language.Code == "kk" ? kk : ru;
}

internal sealed record RedPrimaryRowView(int Number, string Name, string Sector, string Region, string Members, string Completion, string Items)
{
    public static RedPrimaryRowView From(int number, RedPrimary primary, ReportLanguage language)
    {
        var format = language.Format;
        var noValue = language["no_value"];
        var kk = language.Code == "kk";
        return new RedPrimaryRowView(
            number,
            kk ? primary.NameKk : primary.NameRu,
            (kk ? primary.SectorNameKk : primary.SectorNameRu) ?? noValue,
            (kk ? primary.RegionNameKk : primary.RegionNameRu) ?? primary.Region ?? noValue,
            format.Number(primary.Members),
            format.Percent(primary.Completion),
            language.Text("items_of_five", ("n", primary.ItemsMet.ToString(language.Culture))));
    }
}
