using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>The DuckDB file that holds raw data, configuration, models and marts.</summary>
public sealed class WarehouseDatabase(string path)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(250);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>How long <see cref="Open"/> waits while another process holds the file.</summary>
    /// <remarks>Zero by default: a conflict fails at once with <see cref="WarehouseBusyException"/>.</remarks>
    public TimeSpan LockWait { get; init; } = TimeSpan.Zero;

    /// <summary>Told once, with what holds the file, when <see cref="Open"/> starts to wait.</summary>
    public Action<string>? OnWaiting { get; init; }

    public string ConnectionString => $"Data Source={Path}";

    /// <summary>Opens a connection with the session settings every part of the product relies on.</summary>
    public DuckDBConnection Open() => Open(ConnectionString);

    /// <summary>
    /// Opens the warehouse for a reader (reports, extracts): as usual, or read-only when the file or its folder cannot
    /// be written, such as a copy on a read-only disk handed to someone who only prints.
    /// </summary>
    public DuckDBConnection OpenForReading()
    {
        try
        {
            return Open();
        }
        catch (DuckDBException exception) when (IsNotWritable(exception))
        {
            return Open($"{ConnectionString};ACCESS_MODE=READ_ONLY");
        }
    }

    private static bool IsNotWritable(DuckDBException exception) =>
        exception.Message.Contains("Read-only file system", StringComparison.Ordinal) || exception.Message.Contains("Permission denied", StringComparison.Ordinal);

    private DuckDBConnection Open(string connectionString)
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = OpenWaitingForTheLock(connectionString);
        ApplySessionSettings(connection);
        return connection;
    }

    /// <summary>An in-memory DuckDB with the same session settings, to read Parquet files with.</summary>
    public static DuckDBConnection OpenInMemory()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        ApplySessionSettings(connection);
        return connection;
    }

    private static void ApplySessionSettings(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        // Extensions that are not bundled cannot be downloaded here; fail instead of hanging on the network.
        // Timestamps are stored in UTC and shifted to UTC+05:00 explicitly (methodology §1), so the
        // session zone must not depend on the machine.
        command.CommandText = "set autoinstall_known_extensions = false; set autoload_known_extensions = false; set TimeZone = 'UTC';";
        command.ExecuteNonQuery();
    }

    private DuckDBConnection OpenWaitingForTheLock(string connectionString)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            var connection = new DuckDBConnection(connectionString);
            try
            {
                connection.Open();
                return connection;
            }
            catch (DuckDBException exception) when (WarehouseLock.IsConflict(exception))
            {
                connection.Dispose();
                var holder = WarehouseLock.Holder(exception);
                if (waited.Elapsed >= LockWait)
                {
                    throw new WarehouseBusyException(Path, holder, waited.Elapsed, exception);
                }

                if (!told)
                {
                    OnWaiting?.Invoke(holder);
                    told = true;
                }

                Thread.Sleep(RetryEvery);
            }
        }
    }
}
