using System.Globalization;

namespace Analytics.Warehouse.Releases;

/// <summary>
/// The releases beside a warehouse file: <c>releases/month-N/revision-R/</c>, each holding one Parquet file per extract
/// table, a snapshot of the marts, the changes since the previous revision and a manifest. Loads and builds never
/// write here, and a revision, once its folder is renamed into place, is never changed.
/// </summary>
public sealed class ReleaseStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public static ReleaseStore Beside(WarehouseDatabase database) =>
        new(Path.Combine(Path.GetDirectoryName(database.Path) ?? ".", "releases"));

    public string RevisionFolder(int month, int revision) =>
        Path.Combine(Root, $"month-{month.ToString(CultureInfo.InvariantCulture)}", $"revision-{revision.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The revisions of a month, oldest first; none when the month was never released.</summary>
    public IReadOnlyList<ReleasedRevision> Revisions(int month)
    {
        var folder = Path.Combine(Root, $"month-{month.ToString(CultureInfo.InvariantCulture)}");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateDirectories(folder, "revision-*")
            .Where(path => File.Exists(Path.Combine(path, ReleaseManifest.FileName)))
            .Select(path => new ReleasedRevision(path, ReleaseManifest.Read(Path.Combine(path, ReleaseManifest.FileName))))
            .OrderBy(revision => revision.Revision)
            .ToList();
    }

    public ReleasedRevision? Latest(int month) => Revisions(month) is { Count: > 0 } revisions ? revisions[^1] : null;

    /// <summary>Every revision of every month, by month then revision.</summary>
    public IReadOnlyList<ReleasedRevision> All()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(Root, "month-*")
            .Select(path => int.TryParse(Path.GetFileName(path)["month-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) ? month : 0)
            .Where(month => month > 0)
            .Order()
            .SelectMany(Revisions)
            .ToList();
    }
}
