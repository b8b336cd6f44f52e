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
    /// <summary>
    /// Reads rows at or past the watermark: a row committed after the last read with a version equal to the
    /// watermark is read, while the rows already read at the watermark (<paramref name="readAtWatermark"/>, by
    /// SHA-256 of their text) are skipped.
    /// </summary>
    public static PostgresRead Read(NpgsqlConnection connection, DatasetContract contract, PostgresTable table, string? watermark, IReadOnlySet<string> readAtWatermark)
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
            sql.Append($" where {version} >= cast(@watermark as {table.VersionType})");
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
        var atLatest = new HashSet<string>(StringComparer.Ordinal);
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

                var rowVersion = reader.IsDBNull(fields.Length) ? null : reader.GetString(fields.Length);
                var line = Encoding.UTF8.GetBytes(string.Join('\u001f', fields.Select(field => field ?? "\u0000")) + "\u001e");
                var rowHash = Convert.ToHexStringLower(SHA256.HashData(line));
                if (rowVersion is not null && rowVersion == watermark && readAtWatermark.Contains(rowHash))
                {
                    continue;
                }

                if (rowVersion is not null && rowVersion != latest)
                {
                    latest = rowVersion;
                    atLatest.Clear();
                }

                if (rowVersion is not null)
                {
                    atLatest.Add(rowHash);
                }

                hash.AppendData(line);
                size += line.Length;
                records.Add(new RawRecord(records.Count + 1, fields));
            }
        }

        // Rows come in version order, so the last version seen is the new watermark; when nothing newer came,
        // the rows read at the old watermark stay known alongside any new ones at the same version.
        var rowsAtWatermark = latest is null || latest == watermark ? new HashSet<string>(readAtWatermark.Concat(atLatest), StringComparer.Ordinal) : atLatest;
        return new PostgresRead(
            new TabularData(table.Columns, records, records.Count), Convert.ToHexStringLower(hash.GetHashAndReset()), size,
            latest ?? watermark, rowsAtWatermark);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

internal sealed record PostgresRead(TabularData Data, string Sha256, long Size, string? Watermark, IReadOnlySet<string> RowsAtWatermark);
