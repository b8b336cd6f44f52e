using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>The DuckDB file that holds raw data, configuration, models and marts.</summary>
public sealed class WarehouseDatabase(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string ConnectionString => $"Data Source={Path}";

    /// <summary>Opens a connection with the session settings every part of the product relies on.</summary>
    public DuckDBConnection Open()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new DuckDBConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // Extensions that are not bundled cannot be downloaded here; fail instead of hanging on the network.
        // Timestamps are stored in UTC and shifted to UTC+05:00 explicitly (methodology §1), so the
        // session zone must not depend on the machine.
        command.CommandText = "set autoinstall_known_extensions = false; set autoload_known_extensions = false; set TimeZone = 'UTC';";
        command.ExecuteNonQuery();
        return connection;
    }
}
