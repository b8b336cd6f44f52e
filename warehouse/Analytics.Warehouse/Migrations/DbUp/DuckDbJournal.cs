using System.Data;
using DbUp.Engine;
using DbUp.Engine.Transactions;

namespace Analytics.Warehouse.Migrations.DbUp;

/// <summary>Remembers applied migrations in <c>meta.schema_versions</c>, as DbUp's SQL journals do.</summary>
internal sealed class DuckDbJournal(IConnectionManager connectionManager) : IJournal
{
    private const string CreateTable = """
        create schema if not exists meta;
        create table if not exists meta.schema_versions (
            script_name varchar primary key,
            applied_at timestamp not null
        );
        """;

    public string[] GetExecutedScripts() =>
        connectionManager.ExecuteCommandsWithManagedConnection(dbCommandFactory =>
        {
            EnsureTableExistsAndIsLatestVersion(dbCommandFactory);
            using var command = dbCommandFactory();
            command.CommandText = "select script_name from meta.schema_versions order by script_name";
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names.ToArray();
        });

    public void StoreExecutedScript(SqlScript script, Func<IDbCommand> dbCommandFactory)
    {
        using var command = dbCommandFactory();
        command.CommandText = "insert into meta.schema_versions values ($name, now()::timestamp)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "name";
        parameter.Value = script.Name;
        command.Parameters.Add(parameter);
        command.ExecuteNonQuery();
    }

    public void EnsureTableExistsAndIsLatestVersion(Func<IDbCommand> dbCommandFactory)
    {
        using var command = dbCommandFactory();
        command.CommandText = CreateTable;
        command.ExecuteNonQuery();
    }
}
