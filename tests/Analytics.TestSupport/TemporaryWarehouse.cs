using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.TestSupport;

/// <summary>A fresh warehouse file and inbox folder in a temporary directory, removed afterwards.</summary>
public sealed class TemporaryWarehouse : IDisposable
{
    public TemporaryWarehouse()
    {
        Root = Directory.CreateTempSubdirectory("senim-test-").FullName;
        Inbox = Directory.CreateDirectory(Path.Combine(Root, "inbox")).FullName;
        Database = new WarehouseDatabase(Path.Combine(Root, "warehouse.duckdb"));
    }

    public string Root { get; }

    public string Inbox { get; }

    public WarehouseDatabase Database { get; }

    /// <summary>The warehouse migrated, with its defaults, and opened.</summary>
    public DuckDBConnection OpenPrepared()
    {
        WarehouseSetup.Prepare(Database);
        return Database.Open();
    }

    /// <summary>Writes a file into the inbox as UTF-8 without BOM; lines joined with \n.</summary>
    public string Write(string fileName, params string[] lines)
    {
        var path = Path.Combine(Inbox, fileName);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public void ClearInbox()
    {
        foreach (var file in Directory.EnumerateFiles(Inbox))
        {
            File.Delete(file);
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
