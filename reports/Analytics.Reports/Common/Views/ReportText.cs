using System.Globalization;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Common.Views;

/// <summary>
/// The labels of <c>Resources/&lt;code&gt;.json</c> and every value of a report formatted in one language: numbers by
/// <see cref="ReportFormat"/>, missing values in words.
/// </summary>
internal sealed class ReportText(ReportLanguage language)
{
    public ReportLanguage Language { get; } = language;

    public ReportFormat Format => Language.Format;

    public bool Kazakh => Language.Code == "kk";

    public string this[string key] => Language[key];

    /// <summary>Every label, for the templates' <c>t</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels => Language.Labels;

    public string Text(string key, params ReadOnlySpan<(string Name, string Value)> values) => Language.Text(key, values);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public string Name(string ru, string kk) => Kazakh ? kk : ru;

    public string Count(long value) => Format.Number(value);

    public string Count(long? value) => value is { } v ? Format.Number(v) : this["no_data"];

    /// <summary>A share 0..1 with one decimal; "нет данных" / "деректер жоқ" when null.</summary>
    public string Share(decimal? share) => share is { } s ? Format.Percent(s) : this["no_data"];

    /// <summary>A score or index with one decimal; "нет данных" when null.</summary>
    public string Score(decimal? value) => value is { } v ? Format.Number(v, 1) : this["no_data"];

    /// <summary>A growth as a signed percentage: +8,6 %, -3,0 %.</summary>
    public string Growth(decimal growth) => (growth > 0 ? "+" : "") + Format.Percent(growth);

    /// <summary>A single primary's count: "&lt;5" for 1 to 4 (methodology §12), a dash when not shown at all.</summary>
    public string Private(PrivateCount? count) => count switch
    {
        null => "—",
        { LessThanFive: true } => "<5",
        { Value: var value } => Format.Number(value!.Value),
    };

    public string Topic(string code) => Language.Labels.TryGetValue("topics." + code, out var name) ? name : code;

    public string Band(string? band) => this["band." + (band ?? "none")];

    public string Platform(string code) => Language.Labels.TryGetValue("platform." + code, out var name) ? name : code;

    /// <summary>"октябрь 2026" / "2026 ж. қазан": the calendar month of campaign month <paramref name="month"/>.</summary>
    public string MonthYear(CampaignInfo campaign, int month)
    {
        var start = campaign.MonthStart(month);
        return Text("month_year", ("month", Format.MonthName(start.Month)), ("year", Int(start.Year)));
    }

    /// <summary>"Полнота отчётности за месяц 2: 322 из 400 первичных организаций (80,5 %)".</summary>
    public string Reporting(Reporting reporting) => reporting.Share is { } share
        ? Text("reporting", ("month", Int(reporting.Month)), ("reported", Count(reporting.Reported)), ("active", Count(reporting.ActivePrimaries)), ("share", Format.Percent(share)))
        : Text("reporting_none", ("month", Int(reporting.Month)));

    /// <summary>"1 — 86,5 %; 2 — 80,5 %": completeness of every month, for figures that run from the campaign's start.</summary>
    public string ReportingByMonth(IReadOnlyList<Reporting> months) =>
        Text("reporting_by_month", ("list", string.Join("; ", months.Select(r => Text("reporting_month_item", ("month", Int(r.Month)), ("share", Share(r.Share)))))));

    /// <summary>The scope's name in the report's sentences: "Федерация", "отраслевой профсоюз", "территориальное объединение".</summary>
    public string ScopeKind(ReportScope scope) => this["scope_kind." + scope.Scope];
}
