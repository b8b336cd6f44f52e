using System.Data;

namespace Analytics.Reports.Common;

/// <summary>What every report of one warehouse reads alike, read once for a whole set of reports.</summary>
public sealed record ReportContext(CampaignInfo Campaign, string FederationId, DataQuality Quality, IReadOnlyList<ReportInput> Inputs)
{
    public static ReportContext Read(IDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var campaign = CampaignInfo.Read(connection);
        var federation = Marts.SingleOrDefault<string>(connection, "select org_id from marts.dim_organisations where level = 'federation' order by org_id limit 1")
            ?? throw new ReportUnavailableException(
                "В реестре нет Федерации (уровень federation): загрузите organisations.csv и выполните analytics build.",
                "Тізілімде Федерация жоқ (federation деңгейі): organisations.csv жүктеп, analytics build орындаңыз.");
        return new ReportContext(campaign, federation, SectionQueries.Quality(connection), ReportInput.ReadAll(connection));
    }

    /// <summary>The context of a report over the campaign so far, which needs a month started by the cut-off.</summary>
    /// <param name="reportRu">The report in Russian, in the dative: «дашборду».</param>
    /// <param name="reportKk">The report in Kazakh, in the accusative: «дашбордты».</param>
    public static ReportContext ReadCampaignSoFar(IDbConnection connection, string reportRu, string reportKk)
    {
        var context = Read(connection);
        var cutoff = context.Campaign.Cutoff;
        return context.Campaign.MonthsStarted > 0
            ? context
            : throw new ReportUnavailableException(
                $"Дата среза {cutoff:dd.MM.yyyy} раньше начала кампании: {reportRu} не из чего строиться.",
                $"Кесу күні {cutoff:dd.MM.yyyy} науқан басталғанға дейін: {reportKk} құратын деректер жоқ.");
    }
}
