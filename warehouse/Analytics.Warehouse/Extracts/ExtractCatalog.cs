namespace Analytics.Warehouse.Extracts;

/// <summary>
/// The extract tables of output contract v1. fct_appeals is not among them: its rows carry the primary an appeal
/// went to, and no extract may count appeals for a unit finer than a sector, territory or region (methodology §12).
/// </summary>
public static class ExtractCatalog
{
    public static readonly IReadOnlyList<ExtractTable> Tables =
    [
        new("kpi", "marts.mart_kpi",
            "select kpi_id, level, org_id, value, target, applicable, met from marts.mart_kpi order by kpi_id, level, org_id") { Key = ["kpi_id", "level", "org_id"] },
        new("min_standard", "marts.mart_min_standard",
            "select org_id, unified_day, meeting, help_story, legal_aid_day, because_action, completion from marts.mart_min_standard order by org_id") { Key = ["org_id"] },
        new("campaign_map", "marts.mart_campaign_map",
            "select scope, key, completion, colour, primaries from marts.mart_campaign_map order by scope, key") { Key = ["scope", "key"] },
        new("trust_index", "marts.mart_trust_index",
            """
            select scope, key, period, c1, c2, c3, c4, c5, criteria_present, index, band from marts.mart_trust_index
            order by scope, key, case when period = 'to-date' then 99 else cast(substr(period, 7) as integer) end
            """,
            "period") { Key = ["scope", "key", "period"] },
        new("ratings", "marts.mart_ratings",
            "select rating, rank, key, score from marts.mart_ratings order by rating, rank nulls last, key") { Key = ["rating", "key"] },
        new("completeness", "marts.mart_completeness",
            "select month, scope, key, active_primaries, reported, share from marts.mart_completeness order by month, scope, key", "month") { Key = ["month", "scope", "key"] },
        new("confirmations", "marts.mart_confirmations",
            "select month, scope, key, confirmed from marts.mart_confirmations order by month, scope, key", "month") { Key = ["month", "scope", "key"] },
        .. MonitoringExtracts.Tables,
        new("nominations", "marts.mart_nominations",
            "select nomination, rank, key, org_id, score from marts.mart_nominations order by nomination, rank") { Key = ["nomination", "key"] },
        new("quarantine", "raw.quarantine", Quarantine(null))
        {
            Key = ["batch", "dataset", "file", "row"],
            // Methodology §14: a release is the month as computed at its last day, so its quarantine holds the rows of
            // the batches loaded by the end of that day (UTC+05:00); a later batch's bad rows change no released month.
            ReleasedQuery = Quarantine(
                """
                where batch_id in (
                    select batch_id from raw.load_batches
                    where cast(started_at + interval 5 hour as date) <= (select cutoff from config.build))
                """),
        },
        new("dim_organisations", "marts.dim_organisations", "select * from marts.dim_organisations order by org_id") { Key = ["org_id"] },
        new("dim_regions", "marts.dim_regions", "select * from marts.dim_regions order by region") { Key = ["region"] },
        new("dim_campaign_days", "marts.dim_campaign_days", "select * from marts.dim_campaign_days order by day") { Key = ["day"] },
        new("fct_events", "marts.fct_events", "select * from marts.fct_events order by event_id", "campaign_month") { Key = ["event_id"] },
        new("fct_cases", "marts.fct_cases", "select * from marts.fct_cases order by case_id", "campaign_month") { Key = ["case_id"] },
        // appeals_offline counts one primary's appeals: finer than a sector, territory or region (methodology §12).
        new("fct_org_reports", "marts.fct_org_reports",
            "select * exclude (appeals_offline, appeals_offline_resolved) from marts.fct_org_reports order by org_id, period", "campaign_month") { Key = ["org_id", "period"] },
    ];

    private static string Quarantine(string? filter) =>
        $"select batch_id as batch, dataset, source_file as file, source_row as row, column_name as \"column\", reason from raw.quarantine{(filter is null ? "" : "\n" + filter)} order by batch, dataset, file, row";
}
