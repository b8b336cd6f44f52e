using Analytics.Etl.Contracts;
using Analytics.Etl.Loading;
using Dapper;
using Npgsql;

namespace Analytics.Etl.Sources.Postgres;

/// <summary>A batch read from the cabinet's PostgreSQL database: one table or view per dataset, incrementally.</summary>
internal static class PostgresBatch
{
    /// <summary>Names the source by host, port and database only: never by its password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>An open connection to the source: opened before the warehouse is touched, so that a source that cannot be reached leaves nothing behind.</summary>
    public static NpgsqlConnection Connect(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static void Load(BatchContext batch, NpgsqlConnection connection)
    {
        var source = Describe(connection.ConnectionString);
        foreach (var contract in InputContract.LoadOrder)
        {
            if (PostgresTable.Find(connection, contract) is not { } table)
            {
                continue;
            }

            var watermark = batch.Connection.ExecuteScalar<string?>(
                "select watermark from raw.source_watermarks where source = $source and dataset = $dataset",
                new { source, dataset = contract.Name });
            var readAtWatermark = batch.Connection.Query<string>(
                "select row_sha256 from raw.source_watermark_rows where source = $source and dataset = $dataset",
                new { source, dataset = contract.Name }).ToHashSet(StringComparer.Ordinal);
            var read = PostgresTableReader.Read(connection, contract, table, watermark, readAtWatermark);
            var name = $"{source}/{table.QualifiedName}";
            var result = batch.LoadUnlessSeen(name, contract, read.Sha256, read.Size, () => read.Data);
            // A refused table (a column missing) keeps its watermark: once the source is repaired, its rows are read.
            if (result.Status is FileLoadStatus.Loaded or FileLoadStatus.Duplicate && read.Watermark is not null)
            {
                SaveWatermark(batch, source, contract.Name, read);
            }
        }
    }

    private static void SaveWatermark(BatchContext batch, string source, string dataset, PostgresRead read)
    {
        batch.Connection.Execute(
            "insert or replace into raw.source_watermarks values ($source, $dataset, $watermark, $batch)",
            new { source, dataset, watermark = read.Watermark, batch = batch.BatchId });
        batch.Connection.Execute(
            "delete from raw.source_watermark_rows where source = $source and dataset = $dataset", new { source, dataset });
        // Hex digests only, so they can be written as literals, a chunk at a time.
        foreach (var chunk in read.RowsAtWatermark.Order(StringComparer.Ordinal).Chunk(500))
        {
            batch.Connection.Execute(
                "insert into raw.source_watermark_rows select $source, $dataset, unnest(['" + string.Join("', '", chunk) + "'])",
                new { source, dataset });
        }
    }
}
