using Analytics.TestSupport;
using Dapper;

namespace Analytics.Warehouse.Tests;

public sealed class WarehouseConnectionTests
{
    [Fact]
    public void OpenAnother_SameInstance_HasTheSessionSettingsOfItsOwn()
    {
        using var warehouse = new TemporaryWarehouse();
        using var connection = warehouse.OpenPrepared();
        // the instance's zone is another: a connection that only inherited it would read timestamps in Almaty time
        connection.Execute("set global TimeZone = 'Asia/Almaty'");
        connection.Execute("create table main.written_by_the_first as select 1 as n");

        using var another = WarehouseDatabase.OpenAnother(connection);

        Assert.Equal("UTC", another.ExecuteScalar<string>("select current_setting('TimeZone')"));
        Assert.Equal(1, another.ExecuteScalar<int>("select n from main.written_by_the_first"));
    }
}
