using System.Data;

namespace Analytics.Reports.Common;

/// <summary>
/// An organisation in the orange or red zone at the cut-off and the response its zone requires, in both languages:
/// the summary of appendix 6 (methodology §10) from marts.dim_threat_response.
/// </summary>
public sealed record ThreatAction
{
    public string OrgId { get; init; } = "";

    public string NameRu { get; init; } = "";

    public string NameKk { get; init; } = "";

    /// <summary>orange | red.</summary>
    public string Zone { get; init; } = "";

    public string ActionRu { get; init; } = "";

    public string ActionKk { get; init; } = "";

    /// <summary>Every organisation in orange or red, red first, then by name; or only <paramref name="orgId"/>'s.</summary>
    public static IReadOnlyList<ThreatAction> Read(IDbConnection connection, string? orgId = null) =>
        Marts.Query<ThreatAction>(
            connection,
            """
            with

            summaries as (
                select key as zone,
                       max(wording) filter (where language = 'ru') as action_ru,
                       max(wording) filter (where language = 'kk') as action_kk
                from marts.dim_threat_response
                where subject = 'zone' and item = 'summary'
                group by key
            )

            select l.org_id,
                   coalesce(o.name_ru, o.name_kk, l.org_id) as name_ru,
                   coalesce(o.name_kk, o.name_ru, l.org_id) as name_kk,
                   l.zone,
                   s.action_ru,
                   s.action_kk
            from marts.mart_threat_light l
            left join marts.dim_organisations o using (org_id)
            join summaries s on s.zone = l.zone
            where l.zone in ('orange', 'red') and ($org = '' or l.org_id = $org)
            order by l.zone = 'red' desc, name_ru, l.org_id
            """,
            new { org = orgId ?? "" });

    public string Name(bool kazakh) => kazakh ? NameKk : NameRu;

    public string Action(bool kazakh) => kazakh ? ActionKk : ActionRu;
}
