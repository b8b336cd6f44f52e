using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Nominations;

/// <summary>Reads the commission's pack from <c>marts.dim_nominations</c> and <c>marts.mart_nominations</c>.</summary>
public static class NominationsReportQuery
{
    public static NominationsReport Read(IDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var context = ReportContext.ReadCampaignSoFar(connection, "шорт-листам номинаций", "номинациялардың шорт-парақтарын");
        return new NominationsReport(context.Campaign, Nominations(connection, int.MaxValue))
        {
            Inputs = context.Inputs,
            FederationId = context.FederationId,
        };
    }

    /// <summary>Every nomination of appendix 4 in its order, with its shortlist down to <paramref name="lastRank"/>.</summary>
    public static List<Nomination> Nominations(IDbConnection connection, int lastRank)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var candidates = Marts.Query<CandidateRow>(
            connection,
            """
            select n.nomination, n.rank, n.record, n.key, n.score,
                   coalesce(o.name_ru, o.name_kk, n.org_id) as org_ru, coalesce(o.name_kk, o.name_ru, n.org_id) as org_kk,
                   n.trust_index, n.completion, n.cases::bigint as cases, n.cases_points, n.responses::bigint as responses,
                   a.category as ambassador_category, n.publications::bigint as publications, n.events_organised::bigint as events_organised,
                   n.category, n.title, n.problem, n.actions, n.result, n.workers_helped::bigint as workers_helped, n.amount_kzt,
                   strftime(n.decided_at, '%Y-%m-%d') as decided, e.event_type, strftime(n.event_date, '%Y-%m-%d') as event_day,
                   n.participants::bigint as participants, strftime(n.published_date, '%Y-%m-%d') as published, n.platform, n.format,
                   n.views::bigint as views, n.url
            from marts.mart_nominations n
            left join marts.dim_organisations o on o.org_id = n.org_id
            left join marts.fct_ambassadors a on n.record = 'ambassador' and a.ambassador_id = n.key
            left join marts.fct_events e on n.record = 'event' and e.event_id = n.key
            where n.rank <= $last_rank
            order by n.nomination, n.rank
            """,
            new { last_rank = lastRank })
            .ToLookup(row => row.Nomination, Candidate);
        return Marts.Query<NominationRow>(
            connection,
            "select nomination, section, name_ru, name_kk, from_data from marts.dim_nominations order by position")
            .Select(row => new Nomination(row.Nomination, row.Section, row.NameRu, row.NameKk, row.FromData, candidates[row.Nomination].ToList()))
            .ToList();
    }

    private static NominationCandidate Candidate(CandidateRow row) =>
        new(row.Rank, row.Record, row.Record == "ambassador" ? "" : row.Key, row.OrgRu, row.OrgKk, Marts.Exact(row.Score) ?? 0m)
        {
            Organisation = row.Record == "organisation" && row.TrustIndex is { } index
                ? new OrganisationScore(Marts.Exact(index) ?? 0m, Marts.Exact(row.Completion), row.Cases ?? 0, Marts.Exact(row.CasesPoints) ?? 0m)
                : null,
            Trust = row.Responses is { } responses ? new TrustAnswers(PrivateCount.Of(responses)) : null,
            Ambassador = row.Record == "ambassador"
                ? new AmbassadorWork(row.AmbassadorCategory ?? "", row.Publications ?? 0, row.EventsOrganised ?? 0)
                : null,
            Case = row.Record == "case"
                ? new PracticeCaseStory(row.Category ?? "", row.Title ?? row.Key, row.Problem, row.Actions, row.Result, row.WorkersHelped ?? 0, row.AmountKzt,
                    row.Decided is { } decided ? Marts.Date(decided) : null)
                : null,
            Event = row.Record == "event" && row.EventDay is { } day
                ? new YouthEvent(row.Title, row.EventType ?? "", Marts.Date(day), row.Participants ?? 0)
                : null,
            Publication = row.Record == "publication" && row.Published is { } published
                ? new MediaPublication(Marts.Date(published), row.Platform ?? "", row.Format ?? "", (long)(row.Score ?? 0), row.Views, row.Url)
                : null,
        };

    private sealed record NominationRow
    {
        public string Nomination { get; init; } = "";

        public string Section { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public bool FromData { get; init; }
    }

    private sealed record CandidateRow
    {
        public string Nomination { get; init; } = "";

        public long Rank { get; init; }

        public string Record { get; init; } = "";

        public string Key { get; init; } = "";

        public double? Score { get; init; }

        public string OrgRu { get; init; } = "";

        public string OrgKk { get; init; } = "";

        public double? TrustIndex { get; init; }

        public double? Completion { get; init; }

        public long? Cases { get; init; }

        public double? CasesPoints { get; init; }

        public long? Responses { get; init; }

        public string? AmbassadorCategory { get; init; }

        public long? Publications { get; init; }

        public long? EventsOrganised { get; init; }

        public string? Category { get; init; }

        public string? Title { get; init; }

        public string? Problem { get; init; }

        public string? Actions { get; init; }

        public string? Result { get; init; }

        public long? WorkersHelped { get; init; }

        public decimal? AmountKzt { get; init; }

        public string? Decided { get; init; }

        public string? EventType { get; init; }

        public string? EventDay { get; init; }

        public long? Participants { get; init; }

        public string? Published { get; init; }

        public string? Platform { get; init; }

        public string? Format { get; init; }

        public long? Views { get; init; }

        public string? Url { get; init; }
    }
}
