using System.Data;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Markdown;
using Dapper;

namespace Analytics.Reports.Final;

/// <summary>Reads the final report from the marts of a built warehouse.</summary>
public static partial class FinalReportQuery
{
    /// <summary>Best practices shown in the gallery, and the lines of each "best" list.</summary>
    public const int GalleryCases = 12;

    public const int BestLines = 10;

    /// <param name="proposals">The analysts' Markdown, or null for none.</param>
    /// <param name="proposalsSource">The proposals file's name, for the report's note.</param>
    public static FinalReport Read(IDbConnection connection, string? proposals, string? proposalsSource = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var context = ReportContext.Read(connection);
        var campaign = context.Campaign;
        var months = campaign.MonthsStarted;
        if (months == 0)
        {
            throw new ReportUnavailableException(
                $"Дата среза {campaign.Cutoff:dd.MM.yyyy} раньше начала кампании: итоговому докладу не из чего строиться.",
                $"Кесу күні {campaign.Cutoff:dd.MM.yyyy} науқан басталғанға дейін: қорытынды баяндаманы құратын деректер жоқ.");
        }

        var federation = ReportScope.ReadAll(connection).First(s => s.IsFederation);
        var primaries = SectionQueries.Rating(connection, "primary");
        return new FinalReport(
            campaign,
            SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "F")
                .Concat(SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "M")).ToList(),
            UnionKpis(connection),
            SectionQueries.ReportingByMonth(connection, ReportScope.Federation, context.FederationId, months),
            SectionQueries.Trust(connection, ReportScope.Federation, context.FederationId, months, campaign.LastCompleteMonth),
            SectionQueries.BandCounts(connection),
            Practices(connection),
            primaries with { Lines = primaries.Lines.Take(BestLines).ToList() },
            SectionQueries.Rating(connection, "sector", reportingMonth: months),
            SectionQueries.Rating(connection, "territorial", reportingMonth: months),
            Youth(connection),
            Ambassadors(connection),
            Survey(connection, campaign),
            Barometer(connection, campaign),
            SectionQueries.Media(connection, federation, 1, months, best: 5),
            MediaByMonth(connection, federation),
            proposals is null ? [] : SafeMarkdown.Parse(proposals))
        {
            Inputs = context.Inputs,
            Quality = context.Quality,
            FederationId = context.FederationId,
            ProposalsSource = proposalsSource,
        };
    }

    private static List<UnionKpiSummary> UnionKpis(IDbConnection connection) =>
        connection.Query(
            """
            select k.kpi_id, count(*) as organisations,
                   count(*) filter (where k.applicable and k.met) as met,
                   count(*) filter (where k.applicable and not k.met) as not_met,
                   count(*) filter (where not k.applicable) as not_applicable
            from marts.mart_kpi k
            join marts.dim_organisations o on o.org_id = k.org_id and o.is_active
            where k.level in ('sector', 'territorial')
            group by k.kpi_id
            order by k.kpi_id
            """)
            .Select(row => new UnionKpiSummary((string)row.kpi_id, Db.Long(row.organisations), Db.Long(row.met), Db.Long(row.not_met), Db.Long(row.not_applicable)))
            .ToList();

    private static List<PracticeCase> Practices(IDbConnection connection) =>
        connection.Query(
            """
            select r.rank, c.case_id, coalesce(o.name_ru, o.name_kk, c.org_id) as org_ru, coalesce(o.name_kk, o.name_ru, c.org_id) as org_kk,
                   coalesce(s.name_ru, s.name_kk) as sector_ru, coalesce(s.name_kk, s.name_ru) as sector_kk,
                   c.category, s_c.title, s_c.problem, s_c.actions, s_c.result, c.workers_helped, c.amount_kzt,
                   strftime(c.decided_at, '%Y-%m-%d') as decided
            from marts.mart_ratings r
            join marts.fct_cases c on c.case_id = r.key
            join staging.stg_inbox__cases s_c on s_c.case_id = c.case_id
            left join marts.dim_organisations o on o.org_id = c.org_id
            left join marts.dim_organisations s on s.org_id = case when o.level = 'sector' then o.org_id else o.sector_id end
            where r.rating = 'practice'
            order by r.rank
            limit $count
            """,
            new { count = GalleryCases })
            .Select(row => new PracticeCase(
                Db.Long(row.rank), (string)row.case_id, (string)row.org_ru, (string)row.org_kk, (string?)row.sector_ru, (string?)row.sector_kk,
                (string)row.category, (string?)row.title ?? (string)row.case_id, (string?)row.problem, (string?)row.actions, (string?)row.result,
                Db.Long(row.workers_helped), Db.Decimal(row.amount_kzt), row.decided is null ? (DateOnly?)null : Db.Date((string)row.decided)))
            .ToList();

    private static List<YouthProject> Youth(IDbConnection connection) =>
        connection.Query(
            """
            select r.rank, r.key, r.score,
                   case when c.case_id is not null then 'case' else 'event' end as kind,
                   coalesce(sc.title, se.title) as title,
                   coalesce(c.category, e.event_type) as what,
                   coalesce(o.name_ru, o.name_kk, coalesce(c.org_id, e.org_id)) as org_ru,
                   coalesce(o.name_kk, o.name_ru, coalesce(c.org_id, e.org_id)) as org_kk
            from marts.mart_ratings r
            left join marts.fct_cases c on c.case_id = r.key
            left join staging.stg_inbox__cases sc on sc.case_id = c.case_id
            left join marts.fct_events e on c.case_id is null and e.event_id = r.key
            left join staging.stg_inbox__events se on se.event_id = e.event_id
            left join marts.dim_organisations o on o.org_id = coalesce(c.org_id, e.org_id)
            where r.rating = 'youth'
            order by r.rank
            limit $count
            """,
            new { count = BestLines })
            .Select(row => new YouthProject(
                Db.Long(row.rank), (string)row.kind, (string)row.key, (string?)row.title, (string)row.what,
                (string)row.org_ru, (string)row.org_kk, Db.Long(row.score)))
            .ToList();

    /// <summary>The first ambassadors by rank; their pseudonymous id is used to join and then dropped (methodology §12).</summary>
    private static List<AmbassadorLine> Ambassadors(IDbConnection connection) =>
        connection.Query(
            """
            select r.rank, a.category, coalesce(s.name_ru, s.name_kk) as sector_ru, coalesce(s.name_kk, s.name_ru) as sector_kk,
                   coalesce(a.publications, 0) as publications, coalesce(a.events_organised, 0) as events_organised, r.score
            from marts.mart_ratings r
            join staging.stg_inbox__ambassadors a on a.ambassador_id = r.key
            left join marts.dim_organisations o on o.org_id = a.org_id
            left join marts.dim_organisations s on s.org_id = case when o.level = 'sector' then o.org_id else o.sector_id end
            where r.rating = 'ambassador'
            order by r.rank
            limit $count
            """,
            new { count = BestLines })
            .Select(row => new AmbassadorLine(
                Db.Long(row.rank), (string)row.category, (string?)row.sector_ru, (string?)row.sector_kk,
                Db.Long(row.publications), Db.Long(row.events_organised), Db.Decimal(row.score) ?? 0m))
            .ToList();
}
