using System.Globalization;
using Analytics.Warehouse.Configuration;

namespace Analytics.Warehouse.Releases;

/// <summary>
/// The releases beside a warehouse file: <c>releases/month-N/revision-R/</c>, each holding one Parquet file per extract
/// table, a snapshot of the marts, the changes since the previous revision and a manifest. Loads and builds never
/// write here, and a revision, once its folder is renamed into place, is never changed.
/// </summary>
/// <param name="warehouse">The file name of the warehouse whose releases these are: a revision of another is refused.</param>
public sealed class ReleaseStore(string root, string warehouse)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Warehouse { get; } = warehouse;

    public static ReleaseStore Beside(WarehouseDatabase database) =>
        new(Path.Combine(Path.GetDirectoryName(database.Path) ?? ".", "releases"), Path.GetFileName(database.Path));

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
            .Select(Own)
            .OrderBy(revision => revision.Revision)
            .ToList();
    }

    /// <summary>
    /// Two warehouses in one folder would share <c>releases</c>: a month's revisions would then mix their figures, and a
    /// report would print the other's. A revision names the warehouse it was released from, and is refused to another.
    /// </summary>
    private ReleasedRevision Own(ReleasedRevision revision) =>
        revision.Manifest.Warehouse is not { } owner || owner == Warehouse
            ? revision
            : throw new ConfigurationException(
                $"Папка выпусков {Root} хранит выпуски хранилища {owner} (например, {revision.Folder}), а не {Warehouse}. Если это хранилище переименовано, верните файлу имя {owner}; если рядом лежит другое хранилище, держите каждое в своей папке (выпуски и отчёты о загрузке пишутся рядом с файлом хранилища). Затем повторите.",
                $"{Root} шығарылымдар бумасында {Warehouse} емес, {owner} қоймасының шығарылымдары сақталған (мысалы, {revision.Folder}). Егер бұл қойманың аты өзгертілсе, файлға {owner} атын қайтарыңыз; егер жанында басқа қойма жатса, әр қойманы өз бумасында ұстаңыз (шығарылымдар мен жүктеу есептері қойма файлының жанына жазылады). Содан кейін қайталаңыз.");

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
