using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Pipeline;

/// <summary>
/// What a report was made from and what it is: <c>&lt;name&gt;.manifest.json</c> beside the PDF. Holds no time of
/// generation: the same warehouse and cut-off give the same manifest.
/// </summary>
/// <param name="Report">weekly | monthly | quarterly | final | nominations | threats | primary.</param>
/// <param name="Week">The campaign week of a weekly report; null for the others.</param>
/// <param name="Month">The campaign month of a monthly report; null for the others.</param>
/// <param name="Scope">federation | sector | territorial.</param>
/// <param name="Pages">Pages of the PDF.</param>
/// <param name="ProductVersion">Informational version of Analytics.Reports (with the commit when the build knows it).</param>
/// <param name="Inputs">Files the warehouse loaded, by batch and name.</param>
/// <param name="Outputs">The PDF and the XLSX, with their SHA-256.</param>
public sealed record ReportManifest(
    string Report,
    int? Week,
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

    public static string Version { get; } =
        typeof(ReportManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static ReportManifest For(IReportDocument document, ReportLanguage language, int pages, params IReadOnlyList<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(language);
        var identity = document.Identity;
        return new ReportManifest(
            identity.Family,
            identity.Week,
            identity.Month,
            identity.Scope.Scope,
            identity.Scope.Key,
            language.Code,
            identity.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            pages,
            Version,
            identity.Inputs.Select(i => new ManifestInput(i.BatchId, i.FileName, i.Dataset, i.Sha256)).ToList(),
            outputs.Select(path => new ManifestOutput(Path.GetFileName(path), Sha256Of(path))).ToList());
    }

    public static ReportManifest Read(string path) =>
        JsonSerializer.Deserialize<ReportManifest>(File.ReadAllText(path), Json)
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
