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

    public static void Load(BatchContext batch, string connectionString)
    {
        var source = Describe(connectionString);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        foreach (var contract in InputContract.LoadOrder)
        {
            if (PostgresTable.Find(connection, contract) is not { } table)
            {
                continue;
            }

            var watermark = batch.Connection.ExecuteScalar<string?>(
                "select watermark from raw.source_watermarks where source = $source and dataset = $dataset",
                new { source, dataset = contract.Name });
            var read = PostgresTableReader.Read(connection, contract, table, watermark);
            var name = $"{source}/{table.QualifiedName}";
            batch.LoadUnlessSeen(name, contract, read.Sha256, read.Size, () => read.Data);
            if (read.Watermark is not null && read.Watermark != watermark)
            {
                batch.Connection.Execute(
                    """
                    insert or replace into raw.source_watermarks values ($source, $dataset, $watermark, $batch)
                    """,
                    new { source, dataset = contract.Name, watermark = read.Watermark, batch = batch.BatchId });
            }
        }
    }
}
