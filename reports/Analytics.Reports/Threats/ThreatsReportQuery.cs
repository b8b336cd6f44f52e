using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Threats;

/// <summary>Reads the threat sheets from the marts of a built warehouse (methodology §10).</summary>
public static class ThreatsReportQuery
{
    /// <param name="orgId">Only this organisation's sheet; null for every organisation with a journal.</param>
    public static ThreatsReport Read(IDbConnection connection, string? orgId = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var context = ReportContext.ReadCampaignSoFar(connection, "листу угроз", "қауіптер парағын");
        var lights = Marts.Query<LightRow>(
            connection,
            """
            select l.org_id, coalesce(o.level, '') as level,
                   coalesce(o.name_ru, o.name_kk, l.org_id) as name_ru, coalesce(o.name_kk, o.name_ru, l.org_id) as name_kk,
                   l.points, l.points_zone, l.zone, l.regime, l.signs, l.signs_band, l.deadlines_passed, l.deadlines_met,
                   l.compliance, l.facts_6h_share, l.drafted_12h_share, l.delivered_24h_share
            from marts.mart_threat_light l
            left join marts.dim_organisations o using (org_id)
            where $org = '' or l.org_id = $org
            order by list_position(['green', 'yellow', 'orange', 'red'], l.zone) desc, l.points desc, l.org_id
            """,
            new { org = orgId ?? "" });
        if (orgId is not null && lights.Count == 0)
        {
            throw new ReportUnavailableException(
                $"У организации «{orgId}» нет записей журнала мониторинга в кампании по дату среза: листа угроз для неё нет.",
                $"«{orgId}» ұйымының кесу күніне дейін науқан ішінде мониторинг журналында жазбасы жоқ: ол үшін қауіптер парағы жоқ.");
        }

        var history = Marts.Query<HistoryRow>(
                connection,
                "select org_id, week, points, zone, regime, week_complete from marts.mart_threat_history where $org = '' or org_id = $org order by org_id, week",
                new { org = orgId ?? "" })
            .ToLookup(row => row.OrgId, row => new ThreatWeek(row.Week, Exact(row.Points), row.Zone, row.Regime, row.WeekComplete));
        var levels = Marts.Query<LevelRow>(
                connection,
                """
                select org_id, level, entries, deadlines_passed, overdue from marts.mart_threat_overdue
                where $org = '' or org_id = $org order by org_id, level_order
                """,
                new { org = orgId ?? "" })
            .ToLookup(row => row.OrgId, row => new ThreatLevelCount(row.Level, row.Entries, row.DeadlinesPassed, row.Overdue));
        var texts = new ThreatResponseTexts(Marts.Query<ThreatResponseLine>(
            connection, "select subject, key, language, item, position, wording from marts.dim_threat_response order by subject, key, language, item, position"));

        var sheets = lights.Select(l => new ThreatSheet(
                l.OrgId, l.Level, l.NameRu, l.NameKk, Exact(l.Points), l.PointsZone, l.Zone, l.Regime, l.Signs, l.SignsBand,
                l.DeadlinesPassed, l.DeadlinesMet, Marts.Exact(l.Compliance), Marts.Exact(l.Facts6hShare), Marts.Exact(l.Drafted12hShare),
                Marts.Exact(l.Delivered24hShare), history[l.OrgId].ToList(), levels[l.OrgId].ToList()))
            .ToList();
        return new ThreatsReport(context.Campaign, sheets, texts) { Inputs = context.Inputs, FederationId = context.FederationId };
    }

    private static decimal Exact(double points) => Marts.Exact(points) ?? 0;

    private sealed record LightRow
    {
        public string OrgId { get; init; } = "";

        public string Level { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public double Points { get; init; }

        public string PointsZone { get; init; } = "";

        public string Zone { get; init; } = "";

        public bool Regime { get; init; }

        public long Signs { get; init; }

        public string SignsBand { get; init; } = "";

        public long DeadlinesPassed { get; init; }

        public long DeadlinesMet { get; init; }

        public double? Compliance { get; init; }

        public double? Facts6hShare { get; init; }

        public double? Drafted12hShare { get; init; }

        public double? Delivered24hShare { get; init; }
    }

    private sealed record HistoryRow
    {
        public string OrgId { get; init; } = "";

        public int Week { get; init; }

        public double Points { get; init; }

        public string Zone { get; init; } = "";

        public bool Regime { get; init; }

        public bool WeekComplete { get; init; }
    }

    private sealed record LevelRow
    {
        public string OrgId { get; init; } = "";

        public string Level { get; init; } = "";

        public long Entries { get; init; }

        public long DeadlinesPassed { get; init; }

        public long Overdue { get; init; }
    }
}
