using DbUp.Engine;
using DbUp.Engine.Transactions;

namespace Analytics.Warehouse.Migrations.DbUp;

internal sealed class DuckDbScriptExecutor(IConnectionManager connectionManager, IJournal journal) : IScriptExecutor
{
    public int? ExecutionTimeoutSeconds { get; set; }

    public void Execute(SqlScript script) => Execute(script, null);

    public void Execute(SqlScript script, IDictionary<string, string>? variables)
    {
        connectionManager.ExecuteCommandsWithManagedConnection(dbCommandFactory =>
        {
            foreach (var statement in connectionManager.SplitScriptIntoCommands(script.Contents))
            {
                using var command = dbCommandFactory();
                command.CommandText = statement;
                command.ExecuteNonQuery();
            }

            journal.StoreExecutedScript(script, dbCommandFactory);
        });
    }

    public void VerifySchema()
    {
    }
}
