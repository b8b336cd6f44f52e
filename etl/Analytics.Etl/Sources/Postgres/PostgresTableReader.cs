using System.Security.Cryptography;
using System.Text;
using Analytics.Etl.Contracts;
using Npgsql;

namespace Analytics.Etl.Sources.Postgres;

/// <summary>
/// Reads a source table's contract columns as text, past the watermark when the dataset has a version column,
/// in version order. Timestamps come as text with their offset (session time zone UTC), so the warehouse's
/// own rules type them exactly as they type files.
/// </summary>
internal static class PostgresTableReader
{
    public static PostgresRead Read(NpgsqlConnection connection, DatasetContract contract, PostgresTable table, string? watermark)
    {
        using (var zone = new NpgsqlCommand("set time zone 'UTC'", connection))
        {
            zone.ExecuteNonQuery();
        }

        var select = string.Join(", ", table.Columns.Select(column => $"{Quote(column)}::text"));
        var version = table.VersionType is null ? null : Quote(contract.VersionColumn!);
        var sql = new StringBuilder($"select {select}, {version ?? "null"}::text from {Quote(table.Schema)}.{Quote(table.Name)}");
        if (version is not null && watermark is not null)
        {
            sql.Append($" where {version} > cast(@watermark as {table.VersionType})");
        }

        sql.Append(" order by ").Append(version is null ? "" : $"{version} nulls first, ")
            .Append(string.Join(", ", contract.IdColumns.Where(table.Columns.Contains).Select(Quote).DefaultIfEmpty("1")));

        using var command = new NpgsqlCommand(sql.ToString(), connection);
        if (watermark is not null)
        {
            command.Parameters.AddWithValue("watermark", watermark);
        }

        var records = new List<RawRecord>();
        string? latest = null;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var fields = new string?[table.Columns.Count];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
                }

                latest = reader.IsDBNull(fields.Length) ? latest : reader.GetString(fields.Length);
                var line = Encoding.UTF8.GetBytes(string.Join('\u001f', fields.Select(field => field ?? "\u0000")) + "\u001e");
                hash.AppendData(line);
                size += line.Length;
                records.Add(new RawRecord(records.Count + 1, fields));
            }
        }

        return new PostgresRead(new TabularData(table.Columns, records, records.Count), Convert.ToHexStringLower(hash.GetHashAndReset()), size, latest ?? watermark);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

internal sealed record PostgresRead(TabularData Data, string Sha256, long Size, string? Watermark);
