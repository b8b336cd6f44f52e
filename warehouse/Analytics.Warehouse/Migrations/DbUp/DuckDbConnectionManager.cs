using DbUp.Engine.Transactions;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Migrations.DbUp;

internal sealed class DuckDbConnectionManager(WarehouseDatabase database)
    : DatabaseConnectionManager(_ => new DuckDBConnection(database.ConnectionString))
{
    // DuckDB runs a multi-statement script in one command.
    public override IEnumerable<string> SplitScriptIntoCommands(string scriptContents) => [scriptContents];
}
