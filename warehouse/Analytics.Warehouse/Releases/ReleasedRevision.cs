namespace Analytics.Warehouse.Releases;

/// <summary>One stored revision of a month's release: its folder and manifest.</summary>
public sealed record ReleasedRevision(string Folder, ReleaseManifest Manifest)
{
    public const string ExtractsFolder = "extracts";
    public const string MartsFolder = "marts";
    public const string ChangesFile = "release_changes.parquet";

    public int Month => Manifest.Month;

    public int Revision => Manifest.Revision;

    public string ExtractFile(string table) => ExtractFileIn(Folder, table);

    public string MartsPath => Path.Combine(Folder, MartsFolder);

    public string ChangesPath => Path.Combine(Folder, ChangesFile);

    /// <summary>Whether the revision stored these marts: one released before a mart was added to the product lacks it.</summary>
    public bool HoldsMarts(IEnumerable<string> marts) => marts.All(mart => File.Exists(Path.Combine(MartsPath, mart + ".parquet")));

    public static string ExtractFileIn(string folder, string table) => Path.Combine(folder, ExtractsFolder, table + ".parquet");
}
