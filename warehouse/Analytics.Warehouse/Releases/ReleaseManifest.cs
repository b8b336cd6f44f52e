using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Warehouse.Releases;

/// <summary>
/// What one revision of a month's release was made from (methodology §14): the inputs' hashes, the product version,
/// the models' SQL hashes, the unions' confirmations in force at release time, the cut-off and when it was released.
/// <see cref="Warehouse"/> is the file name of the warehouse released (null in revisions released before it was kept).
/// </summary>
public sealed record ReleaseManifest(
    int Month,
    int Revision,
    DateOnly Cutoff,
    DateTimeOffset ReleasedAt,
    string ProductVersion,
    string InputsSha256,
    long LastBatch,
    long? Changes,
    IReadOnlyList<ReleaseInput> Inputs,
    IReadOnlyDictionary<string, string> ModelsSha256,
    IReadOnlyList<ReleaseConfirmation> Confirmations,
    string? Warehouse)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ReleaseManifest Read(string path) =>
        JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: expected a release manifest, found JSON null.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}

/// <summary>One input file the warehouse held at release time.</summary>
public sealed record ReleaseInput(long BatchId, string FileName, string? Dataset, string Sha256);

/// <summary>Whether a union had confirmed the released month at release time.</summary>
public sealed record ReleaseConfirmation(string Scope, string Key, bool Confirmed);
