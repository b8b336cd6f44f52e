using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>Zones of the threat traffic light by sector union, counts only (methodology §10).</summary>
/// <param name="Actions">One line per organisation in orange or red: the response its zone requires.</param>
internal sealed record ThreatLightView(string Message, IReadOnlyList<ThreatRowView> Rows, ThreatRowView? Total, IReadOnlyList<string> Actions)
{
    public static ThreatLightView Build(WeeklyReport report, ReportLanguage language)
    {
        var light = report.ThreatLight;
        if (light.Count == 0)
        {
            return new ThreatLightView(language["threat_none"], [], null, []);
        }

        // only unions with something to act on get a row of their own; the all-green rest share one (the XLSX lists every one)
        var comparer = StringComparer.Create(language.Culture, ignoreCase: false);
        static bool AllGreen(ThreatZoneCounts t) => t.Yellow == 0 && t.Orange == 0 && t.Red == 0 && t.InRegime == 0;
        var rows = light
            .Where(t => !AllGreen(t))
            .OrderBy(t => t.SectorId is null)
            .ThenBy(t => RedZoneView.Name(t.NameRu, t.NameKk, language), comparer)
            .Select(t => ThreatRowView.From(t.SectorId is null ? language["threat_other"] : RedZoneView.Name(t.NameRu, t.NameKk, language), t, language))
            .ToList();
        var green = light.Where(AllGreen).ToList();
        if (green.Count > 0)
        {
            var rest = new ThreatZoneCounts(null, "", "", green.Sum(t => t.Green), 0, 0, 0, 0);
            rows.Add(ThreatRowView.From(language.Text("threat_all_green", ("n", language.Format.Number(green.Count))), rest, language));
        }

        var total = new ThreatZoneCounts(
            null, "", "", light.Sum(t => t.Green), light.Sum(t => t.Yellow), light.Sum(t => t.Orange), light.Sum(t => t.Red), light.Sum(t => t.InRegime));
        return new ThreatLightView(
            language["threat_intro"], rows, ThreatRowView.From(language["threat_total"], total, language), ThreatActionLines.Build(report.ThreatActions, new ReportText(language)));
    }
}

/// <summary>Zero is printed as a dash-free "0" but dimmed by the template (<c>*_zero</c>), so the eye finds the red cells.</summary>
internal sealed record ThreatRowView(string Name, string Green, string Yellow, string Orange, string Red, string Regime, string Total, bool RedZero, bool OrangeZero)
{
    public static ThreatRowView From(string name, ThreatZoneCounts counts, ReportLanguage language)
    {
        var format = language.Format;
        return new ThreatRowView(
            name,
            format.Number(counts.Green),
            format.Number(counts.Yellow),
            format.Number(counts.Orange),
            format.Number(counts.Red),
            format.Number(counts.InRegime),
            format.Number(counts.Organisations),
            counts.Red == 0,
            counts.Orange == 0);
    }
}
