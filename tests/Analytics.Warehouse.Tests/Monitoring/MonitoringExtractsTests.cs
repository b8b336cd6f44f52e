using Analytics.Warehouse.Extracts;
using Dapper;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>The monitoring tables hold exactly the columns of output contract v1.</summary>
[Collection(MonitoringFederationGroup.Name)]
public sealed class MonitoringExtractsTests(BuiltMonitoringFederation federation)
{
    [Theory]
    [InlineData("barometer_topics", "period_kind,period,scope,key,topic,appeals,share,change,mean_satisfaction,resolved_share,median_response_hours")]
    [InlineData("barometer_emerging", "week,scope,key,topic,appeals,threshold")]
    [InlineData("media_panel", "period_kind,period,scope,key,platform,publications,videos,reach,views,engagements")]
    [InlineData("threat_light", "org_id,points,zone,regime,signs,signs_band,compliance,facts_6h_share,drafted_12h_share,delivered_24h_share")]
    [InlineData("threat_history", "week,org_id,points,zone,regime")]
    public void Table_HasTheContractsColumns_AndRows(string name, string columns)
    {
        var table = MonitoringExtracts.Tables.Single(table => table.Name == name);
        using var connection = federation.Warehouse.Database.Open();
        using var reader = connection.ExecuteReader(table.Query);

        Assert.Equal(columns.Split(','), Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        Assert.True(reader.Read(), $"{name} has no rows in the fixture");
    }

    [Fact]
    public void Tables_AreTheFiveMonitoringTables()
    {
        Assert.Equal(["barometer_topics", "barometer_emerging", "media_panel", "threat_light", "threat_history"], MonitoringExtracts.Tables.Select(table => table.Name));
    }

    // Parquet and CSV writers of DuckDB take the queries as they are (ExtractWriter runs COPY (query) TO ...).
    [Fact]
    public void Tables_CopyToCsv()
    {
        using var connection = federation.Warehouse.Database.Open();
        foreach (var table in MonitoringExtracts.Tables)
        {
            var path = Path.Combine(federation.Warehouse.Root, table.Name + ".csv");
            connection.Execute($"copy ({table.Query}) to '{path}' (format csv, header true)");

            Assert.True(File.ReadLines(path).Skip(1).Any(), table.Name);
        }
    }
}
