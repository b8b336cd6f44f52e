using System.Data;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Markdown;
using Analytics.Reports.Nominations;

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
        var context = ReportContext.ReadCampaignSoFar(connection, "итоговому докладу", "қорытынды баяндаманы");
        var campaign = context.Campaign;
        var months = campaign.MonthsStarted;

        var federation = ReportScope.ReadAll(connection).First(s => s.IsFederation);
        var primaries = SectionQueries.Rating(connection, "primary");
        return new FinalReport(
            campaign,
            SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "F")
                .Concat(SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "M")).ToList(),
            UnionKpis(connection),
            SectionQueries.ReportingByMonth(connection, ReportScope.Federation, context.FederationId, months),
            SectionQueries.Trust(connection, ReportScope.Federation, context.FederationId, months),
            SectionQueries.BandCounts(connection),
            Practices(connection),
            primaries with { Lines = primaries.Lines.Take(BestLines).ToList() },
            SectionQueries.Rating(connection, "sector", reportingMonth: months),
            SectionQueries.Rating(connection, "territorial", reportingMonth: months),
            Youth(connection),
            Ambassadors(connection),
            Survey(connection),
            Barometer(connection, campaign, federation),
            SectionQueries.Media(connection, federation, 1, months, best: 5),
            SectionQueries.MediaByMonth(connection, federation),
            proposals is null ? [] : SafeMarkdown.Parse(proposals),
            NominationsReportQuery.Nominations(connection, lastRank: 1))
        {
            Inputs = context.Inputs,
            Quality = context.Quality,
            FederationId = context.FederationId,
            ProposalsSource = proposalsSource,
        };
    }

    private static List<UnionKpiSummary> UnionKpis(IDbConnection connection) =>
        Marts.Query<UnionKpiRow>(
            connection,
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
            .Select(row => new UnionKpiSummary(row.KpiId, row.Organisations, row.Met, row.NotMet, row.NotApplicable))
            .ToList();

    private static List<PracticeCase> Practices(IDbConnection connection) =>
        Marts.Query<PracticeRow>(
            connection,
            """
            select r.rank, c.case_id, coalesce(o.name_ru, o.name_kk, c.org_id) as org_ru, coalesce(o.name_kk, o.name_ru, c.org_id) as org_kk,
                   coalesce(s.name_ru, s.name_kk) as sector_ru, coalesce(s.name_kk, s.name_ru) as sector_kk,
                   c.category, c.title, c.problem, c.actions, c.result, c.workers_helped::bigint as workers_helped, c.amount_kzt,
                   strftime(c.decided_at, '%Y-%m-%d') as decided
            from marts.mart_ratings r
            join marts.fct_cases c on c.case_id = r.key
            left join marts.dim_organisations o on o.org_id = c.org_id
            left join marts.dim_organisations s on s.org_id = case when o.level = 'sector' then o.org_id else o.sector_id end
            where r.rating = 'practice'
            order by r.rank
            limit $count
            """,
            new { count = GalleryCases })
            .Select(row => new PracticeCase(
                row.Rank, row.CaseId, row.OrgRu, row.OrgKk, row.SectorRu, row.SectorKk, row.Category, row.Title ?? row.CaseId,
                row.Problem, row.Actions, row.Result, row.WorkersHelped, row.AmountKzt,
                row.Decided is { } decided ? Marts.Date(decided) : null))
            .ToList();

    private static List<YouthProject> Youth(IDbConnection connection) =>
        Marts.Query<YouthRow>(
            connection,
            """
            select r.rank, r.key, r.score, r.record as kind,
                   coalesce(c.title, e.title) as title,
                   coalesce(c.category, e.event_type) as what,
                   coalesce(o.name_ru, o.name_kk, coalesce(c.org_id, e.org_id)) as org_ru,
                   coalesce(o.name_kk, o.name_ru, coalesce(c.org_id, e.org_id)) as org_kk
            from marts.mart_ratings r
            left join marts.fct_cases c on r.record = 'case' and c.case_id = r.key
            left join marts.fct_events e on r.record = 'event' and e.event_id = r.key
            left join marts.dim_organisations o on o.org_id = coalesce(c.org_id, e.org_id)
            where r.rating = 'youth'
            order by r.rank
            limit $count
            """,
            new { count = BestLines })
            .Select(row => new YouthProject(row.Rank, row.Kind, row.Key, row.Title, row.What, row.OrgRu, row.OrgKk, (long)(row.Score ?? 0)))
            .ToList();

    /// <summary>The first ambassadors by rank; their pseudonymous id is used to join and then dropped (methodology §12).</summary>
    private static List<AmbassadorLine> Ambassadors(IDbConnection connection) =>
        Marts.Query<AmbassadorRow>(
            connection,
            """
            select r.rank, a.category, coalesce(s.name_ru, s.name_kk) as sector_ru, coalesce(s.name_kk, s.name_ru) as sector_kk,
                   a.publications::bigint as publications, a.events_organised::bigint as events_organised, r.score
            from marts.mart_ratings r
            join marts.fct_ambassadors a on a.ambassador_id = r.key
            left join marts.dim_organisations o on o.org_id = a.org_id
            left join marts.dim_organisations s on s.org_id = case when o.level = 'sector' then o.org_id else o.sector_id end
            where r.rating = 'ambassador'
            order by r.rank
            limit $count
            """,
            new { count = BestLines })
            .Select(row => new AmbassadorLine(row.Rank, row.Category ?? "", row.SectorRu, row.SectorKk, row.Publications, row.EventsOrganised, Marts.Exact(row.Score) ?? 0m))
            .ToList();

    private sealed record UnionKpiRow
    {
        public string KpiId { get; init; } = "";

        public long Organisations { get; init; }

        public long Met { get; init; }

        public long NotMet { get; init; }

        public long NotApplicable { get; init; }
    }

    private sealed record PracticeRow
    {
        public long Rank { get; init; }

        public string CaseId { get; init; } = "";

        public string OrgRu { get; init; } = "";

        public string OrgKk { get; init; } = "";

        public string? SectorRu { get; init; }

        public string? SectorKk { get; init; }

        public string Category { get; init; } = "";

        public string? Title { get; init; }

        public string? Problem { get; init; }

        public string? Actions { get; init; }

        public string? Result { get; init; }

        public long WorkersHelped { get; init; }

        public decimal? AmountKzt { get; init; }

        public string? Decided { get; init; }
    }

    private sealed record YouthRow
    {
        public long Rank { get; init; }

        public string Key { get; init; } = "";

        public double? Score { get; init; }

        public string Kind { get; init; } = "";

        public string? Title { get; init; }

        public string What { get; init; } = "";

        public string OrgRu { get; init; } = "";

        public string OrgKk { get; init; } = "";
    }

    private sealed record AmbassadorRow
    {
        public long Rank { get; init; }

        public string? Category { get; init; }

        public string? SectorRu { get; init; }

        public string? SectorKk { get; init; }

        public long Publications { get; init; }

        public long EventsOrganised { get; init; }

        public double? Score { get; init; }
    }
}
