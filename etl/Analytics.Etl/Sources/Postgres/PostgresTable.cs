using Analytics.Etl.Contracts;
using Npgsql;

namespace Analytics.Etl.Sources.Postgres;

/// <summary>The table or view of a source database named like a dataset, and which contract columns it has.</summary>
internal sealed record PostgresTable(string Schema, string Name, IReadOnlyList<string> Columns, string? VersionType)
{
    public string QualifiedName => $"{Schema}.{Name}";

    public static PostgresTable? Find(NpgsqlConnection connection, DatasetContract contract)
    {
        string? schema = null, name = null;
        using (var command = new NpgsqlCommand(
            """
            select table_schema, table_name from information_schema.tables
            where lower(table_name) = @dataset and table_schema not in ('pg_catalog', 'information_schema')
            order by table_schema = current_schema() desc, table_schema
            limit 1
            """, connection))
        {
            command.Parameters.AddWithValue("dataset", contract.Name);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                (schema, name) = (reader.GetString(0), reader.GetString(1));
            }
        }

        if (schema is null || name is null)
        {
            return null;
        }

        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var command = new NpgsqlCommand(
            "select column_name, data_type from information_schema.columns where table_schema = @schema and table_name = @name", connection))
        {
            command.Parameters.AddWithValue("schema", schema);
            command.Parameters.AddWithValue("name", name);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                columns[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var present = contract.Columns.Select(column => column.Name).Where(columns.ContainsKey).ToList();
        var versionType = contract.VersionColumn is { } version && columns.TryGetValue(version, out var type) ? type : null;
        return new PostgresTable(schema, name, present, versionType);
    }
}
