using System.Data;
using Dapper;

namespace Analytics.Warehouse.Configuration;

/// <summary>Reads and replaces the campaign and target configuration kept in the warehouse.</summary>
public static class WarehouseConfiguration
{
    public static void Save(IDbConnection connection, CampaignSettings campaign, IDbTransaction? transaction = null)
    {
        connection.Execute("delete from config.campaign", transaction: transaction);
        connection.Execute(
            """
            insert into config.campaign
            values ($name_ru, $name_kk, $start_month, $months, $time_zone, $large_primary_min_members)
            """,
            new
            {
                name_ru = campaign.NameRu,
                name_kk = campaign.NameKk,
                start_month = campaign.FirstDay.ToDateTime(TimeOnly.MinValue),
                months = campaign.Months,
                time_zone = campaign.TimeZone,
                large_primary_min_members = campaign.LargePrimaryMinMembers,
            },
            transaction);
    }

    public static void Save(IDbConnection connection, TargetSettings targets, IDbTransaction? transaction = null)
    {
        connection.Execute("delete from config.targets", transaction: transaction);
        connection.Execute(
            "insert into config.targets values ($key, $value)",
            targets.Values.Select(pair => new { key = pair.Key, value = pair.Value }),
            transaction);
    }

    /// <summary>Writes the shipped defaults where the warehouse has no configuration yet.</summary>
    public static void EnsureDefaults(IDbConnection connection)
    {
        if (connection.ExecuteScalar<long>("select count(*) from config.campaign") == 0)
        {
            Save(connection, CampaignSettings.Default);
        }

        if (connection.ExecuteScalar<long>("select count(*) from config.targets") == 0)
        {
            Save(connection, TargetSettings.Default);
        }
    }

    public static CampaignSettings LoadCampaign(IDbConnection connection)
    {
        var row = connection.QuerySingle<(string NameRu, string NameKk, string StartMonth, int Months, string TimeZone, int LargePrimaryMinMembers)>(
            "select name_ru, name_kk, strftime(start_month, '%Y-%m') as start_month, months, time_zone, large_primary_min_members from config.campaign");
        return new CampaignSettings(row.NameRu, row.NameKk, row.StartMonth, row.Months, row.TimeZone, row.LargePrimaryMinMembers);
    }
}
