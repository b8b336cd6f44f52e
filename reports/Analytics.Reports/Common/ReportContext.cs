using System.Data;

namespace Analytics.Reports.Common;

/// <summary>What every report of one warehouse reads alike, read once for a whole set of reports.</summary>
public sealed record ReportContext(CampaignInfo Campaign, string FederationId, DataQuality Quality, IReadOnlyList<ReportInput> Inputs)
{
    public static ReportContext Read(IDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var federation = Dapper.SqlMapper.ExecuteScalar<string?>(connection, "select org_id from marts.dim_organisations where level = 'federation' limit 1")
            ?? throw new ReportUnavailableException(
                "В реестре нет Федерации (уровень federation): загрузите organisations.csv и выполните analytics build.",
                "Тізілімде Федерация жоқ (federation деңгейі): organisations.csv жүктеп, analytics build орындаңыз.");
        return new ReportContext(CampaignInfo.Read(connection), federation, SectionQueries.Quality(connection), ReportInput.ReadAll(connection));
    }
}
