using Analytics.Etl.Privacy;
using Analytics.Etl.Sources;
using Analytics.Etl.Sources.Postgres;
using Analytics.Warehouse;

namespace Analytics.Etl.Loading;

/// <summary>Loads one batch in one transaction: either all of it lands or none of it does.</summary>
public sealed class BatchLoader(WarehouseDatabase database, PseudonymKey? key)
{
    /// <summary>Accept a pseudonym secret different from the one recorded in the warehouse, and record it.</summary>
    /// <remarks>Off by default: a different secret is refused, since it would give the same appellants new pseudonyms.</remarks>
    public bool RotateSecret { get; init; }

    /// <summary>Every contract file of a folder.</summary>
    public BatchLoadResult Load(string directory, LoadObserver? observer = null)
    {
        var files = InboxScanner.Scan(directory);
        var configuration = FolderBatch.ReadConfiguration(files);
        return Run(Path.GetFullPath(directory), observer, batch => FolderBatch.Load(batch, files, configuration));
    }

    /// <summary>The tables or views named like the datasets in a PostgreSQL database, read past each dataset's watermark.</summary>
    public BatchLoadResult LoadFromPostgres(string connectionString, LoadObserver? observer = null)
    {
        using var source = PostgresBatch.Connect(connectionString);
        return Run(PostgresBatch.Describe(connectionString), observer, batch => PostgresBatch.Load(batch, source));
    }

    /// <summary>How a PostgreSQL source is named in journals and messages: host, port and database, never the password.</summary>
    public static string DescribePostgres(string connectionString) => PostgresBatch.Describe(connectionString);

    private BatchLoadResult Run(string source, LoadObserver? observer, Action<BatchContext> load)
    {
        using var connection = WarehouseSetup.PrepareAndOpen(database);
        using var transaction = connection.BeginTransaction();
        var batch = new BatchContext(connection, transaction, source, key, observer ?? new LoadObserver());
        if (key is not null)
        {
            SecretFingerprint.Check(batch, key, RotateSecret);
        }

        load(batch);
        return batch.Commit();
    }
}
