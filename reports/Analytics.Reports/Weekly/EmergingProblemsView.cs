using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>Emerging problems of the week: none, or the first rows by appeals.</summary>
internal sealed record EmergingProblemsView(string Message, IReadOnlyList<EmergingRowView> Rows, string? More)
{
    /// <summary>Rows the PDF shows; the XLSX has every one.</summary>
    public const int Listed = 8;

    public static EmergingProblemsView Build(WeeklyReport report, ReportLanguage language)
    {
        var week = report.Header.Week.ToString(language.Culture);
        var problems = report.EmergingProblems;
        if (problems.Count == 0)
        {
            return new EmergingProblemsView(language.Text("weekly.emerging_none", ("week", week)), [], null);
        }

        var format = language.Format;
        var rows = problems.Take(Listed).Select(p => new EmergingRowView(
            language.Labels.TryGetValue("scope." + p.Scope, out var scope) ? scope : p.Scope,
            language.Code == "kk" ? p.NameKk : p.NameRu,
            TopicName(p.Topic, language),
            format.Number(p.Appeals),
            format.Number(p.Threshold, decimals: 1))).ToList();
        var more = problems.Count > rows.Count
            ? language.Text("weekly.emerging_more", ("shown", format.Number(rows.Count)), ("total", format.Number(problems.Count)))
            : null;
        return new EmergingProblemsView(language.Text("weekly.emerging_intro", ("week", week)), rows, more);
    }

    /// <summary>The topic's name in the report language; an unknown code is shown as it is.</summary>
    public static string TopicName(string topic, ReportLanguage language) =>
        language.Labels.TryGetValue("topics." + topic, out var name) ? name : topic;
}

internal sealed record EmergingRowView(string Scope, string Name, string Topic, string Appeals, string Threshold);
