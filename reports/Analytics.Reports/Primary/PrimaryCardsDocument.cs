using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;

namespace Analytics.Reports.Primary;

/// <summary>A sector union's bundle of primary cards (one A4 page each) for <see cref="ReportWriter"/>, in Russian or Kazakh.</summary>
public sealed partial class PrimaryCardsDocument(PrimaryCardsReport report) : IReportDocument
{
    public ReportIdentity Identity { get; } = new("primary", report.Sector, null, report.Month, report.Campaign.Cutoff, report.Inputs);

    public bool HasContents => false;

    /// <summary><c>primary-m2-sector-S03-kk</c>: month, the sector union and the language.</summary>
    public string BaseName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var key = UnsafeInName().Replace(report.Sector.Key, "_");
        return $"primary-m{report.Month.ToString(CultureInfo.InvariantCulture)}-sector-{key}-{language.Code}";
    }

    /// <param name="pages">Unused: the cards have no contents.</param>
    public string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null) =>
        PeriodicTemplates.Document("primary.liquid", new ReportText(language), new Dictionary<string, object?>
        {
            ["report"] = PrimaryCardsView.Build(report, language),
        });

    public void WriteWorkbook(ReportLanguage language, string path) => PrimaryCardsWorkbook.Write(report, language, path);

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex UnsafeInName();
}
