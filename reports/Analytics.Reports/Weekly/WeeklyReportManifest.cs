using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>
/// What a weekly report was made from and what it is: <c>weekly-wNN-&lt;lang&gt;.manifest.json</c> beside the PDF.
/// Holds no time of generation: the same warehouse and cut-off give the same manifest.
/// </summary>
/// <param name="ProductVersion">Informational version of Analytics.Reports (with the commit when the build knows it).</param>
/// <param name="Inputs">Files the warehouse loaded (<c>raw.load_journal</c>, status loaded), by batch and name.</param>
/// <param name="Outputs">The PDF and the XLSX, with their SHA-256.</param>
public sealed record WeeklyReportManifest(
    string Report,
    int Week,
    string Language,
    string Cutoff,
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

    public static string Version { get; } =
        typeof(WeeklyReportManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static WeeklyReportManifest For(WeeklyReport report, ReportLanguage language, params IReadOnlyList<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        return new WeeklyReportManifest(
            "weekly",
            report.Header.Week,
            language.Code,
            report.Header.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Version,
            report.Inputs.Select(i => new ManifestInput(i.BatchId, i.FileName, i.Dataset, i.Sha256)).ToList(),
            outputs.Select(path => new ManifestOutput(Path.GetFileName(path), Sha256Of(path))).ToList());
    }

    public static WeeklyReportManifest Read(string path) =>
        JsonSerializer.Deserialize<WeeklyReportManifest>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: expected a report manifest, found JSON null.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>Lower-case hex SHA-256 of a file, as <c>sha256sum</c> prints it.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

public sealed record ManifestInput(long BatchId, string FileName, string? Dataset, string? Sha256);

public sealed record ManifestOutput(string FileName, string Sha256);
