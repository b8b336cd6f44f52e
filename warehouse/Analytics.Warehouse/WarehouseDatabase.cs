using System.Collections.Concurrent;
using System.Data;
using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>The DuckDB file that holds raw data, configuration, models and marts.</summary>
public sealed class WarehouseDatabase(string path)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(250);

    // Connections of this process per warehouse file: DuckDB.NET keeps one database instance per file while any is open.
    private static readonly ConcurrentDictionary<string, int> OpenConnections = new(StringComparer.Ordinal);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>How long <see cref="Open"/> waits while another process holds the file.</summary>
    /// <remarks>Zero by default: a conflict fails at once with <see cref="WarehouseBusyException"/>.</remarks>
    public TimeSpan LockWait { get; init; } = TimeSpan.Zero;

    /// <summary>Told once, with what holds the file, when <see cref="Open"/> starts to wait.</summary>
    public Action<string>? OnWaiting { get; init; }

    /// <summary>DuckDB's memory limit for this warehouse; past it, DuckDB spills to <see cref="SpillDirectory"/>.</summary>
    public WarehouseMemory Memory { get; init; } = WarehouseMemory.Default;

    /// <summary>
    /// Where DuckDB spills what does not fit in <see cref="Memory"/>: beside the warehouse file, in the folder the
    /// analyst gave; DuckDB creates it when it first spills and removes it when the warehouse is closed.
    /// </summary>
    public string SpillDirectory => Path + ".tmp";

    // Settings of the database instance, which DuckDB.NET shares between the process's connections to one file:
    // given when the instance is created, before any statement runs.
    public string ConnectionString => Settings().ConnectionString;

    /// <summary>Opens a connection with the session settings every part of the product relies on.</summary>
    public DuckDBConnection Open()
    {
        var connection = Open(ConnectionString);
        connection.StateChange += Closed;
        if (OpenConnections.AddOrUpdate(Path, 1, (_, count) => count + 1) == 1)
        {
            RemoveLeftoverSpill();
        }

        return connection;
    }

    private void Closed(object? sender, StateChangeEventArgs change)
    {
        if (change.CurrentState == ConnectionState.Closed && sender is DuckDBConnection connection)
        {
            connection.StateChange -= Closed;
            OpenConnections.AddOrUpdate(Path, 0, (_, count) => count - 1);
        }
    }

    /// <summary>
    /// DuckDB removes the spill folder on closing only when it created it; one left by a process that was killed
    /// would stay for good. This process's first connection holds the file's lock, so no one else spills there.
    /// </summary>
    private void RemoveLeftoverSpill()
    {
        var spill = new DirectoryInfo(SpillDirectory);
        if (spill.Exists && spill.EnumerateFileSystemInfos().All(entry => entry is FileInfo && entry.Name.StartsWith("duckdb_temp_", StringComparison.Ordinal)))
        {
            spill.Delete(recursive: true);
        }
    }

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
            var readOnly = Settings();
            readOnly["access_mode"] = "READ_ONLY";
            var connection = Open(readOnly.ConnectionString);
            // Nothing can be spilled beside a file that cannot be written.
            SpillNowhere(connection);
            return connection;
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

    /// <summary>
    /// Another connection to the DuckDB instance that <paramref name="connection"/> has open (DuckDB.NET gives this
    /// process's open instance for the same connection string), with the same session settings: the time zone among
    /// them is the session's own, not the instance's.
    /// </summary>
    public static DuckDBConnection OpenAnother(DuckDBConnection connection)
    {
        var another = new DuckDBConnection(connection.ConnectionString);
        try
        {
            another.Open();
            ApplySessionSettings(another);
            return another;
        }
        catch
        {
            another.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An in-memory DuckDB with the same session settings, to read Parquet files with: within <paramref name="memory"/>
    /// (the default limit when not given), spilling nowhere, since it has no folder of its own.
    /// </summary>
    public static DuckDBConnection OpenInMemory(WarehouseMemory? memory = null)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = DuckDBConnectionStringBuilder.InMemoryDataSource, ["memory_limit"] = (memory ?? WarehouseMemory.Default).DuckDbValue };
        var connection = new DuckDBConnection(builder.ConnectionString);
        connection.Open();
        ApplySessionSettings(connection);
        SpillNowhere(connection);
        return connection;
    }

    // An empty temp_directory in the connection string is dropped (DuckDB would then spill into the working folder).
    private static void SpillNowhere(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "set temp_directory = ''";
        command.ExecuteNonQuery();
    }

    private DuckDBConnectionStringBuilder Settings() => new()
    {
        DataSource = Path,
        ["memory_limit"] = Memory.DuckDbValue,
        ["temp_directory"] = SpillDirectory,
    };

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
