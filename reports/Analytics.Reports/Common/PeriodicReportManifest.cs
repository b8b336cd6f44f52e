using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Analytics.Reports.Localization;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Common;

/// <summary>
/// What a monthly, quarterly or final report was made from and what it is: <c>&lt;name&gt;.manifest.json</c> beside
/// the PDF. The weekly report's manifest with the month and group in place of the week; its inputs, outputs,
/// hashes and product version are read the same way (<see cref="WeeklyReportManifest"/>). Holds no time of
/// generation: the same warehouse and cut-off give the same manifest.
/// </summary>
/// <param name="Report">monthly | quarterly | final.</param>
/// <param name="Month">The campaign month of a monthly report; null for the others.</param>
/// <param name="Scope">federation | sector | territorial.</param>
/// <param name="Pages">Pages of the PDF.</param>
public sealed record PeriodicReportManifest(
    string Report,
    int? Month,
    string Scope,
    string Key,
    string Language,
    string Cutoff,
    int Pages,
    string ProductVersion,
    IReadOnlyList<ManifestInput> Inputs,
    IReadOnlyList<ManifestOutput> Outputs)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static PeriodicReportManifest For(
        string report,
        int? month,
        ReportScope scope,
        CampaignInfo campaign,
        ReportLanguage language,
        IReadOnlyList<ReportInput> inputs,
        int pages,
        params IReadOnlyList<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(inputs);
        return new PeriodicReportManifest(
            report,
            month,
            scope.Scope,
            scope.Key,
            language.Code,
            campaign.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            pages,
            WeeklyReportManifest.Version,
            inputs.Select(i => new ManifestInput(i.BatchId, i.FileName, i.Dataset, i.Sha256)).ToList(),
            outputs.Select(path => new ManifestOutput(Path.GetFileName(path), WeeklyReportManifest.Sha256Of(path))).ToList());
    }

    public static PeriodicReportManifest Read(string path) =>
        JsonSerializer.Deserialize<PeriodicReportManifest>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: expected a report manifest, found JSON null.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}

/// <summary>The three files of a report, side by side, and the PDF's page count.</summary>
public sealed record PeriodicReportFiles(string Pdf, string Xlsx, string Manifest, int Pages = 0);
