namespace Analytics.Warehouse.Extracts;

/// <summary>
/// The monitoring tables of output contract v1: the social barometer, the media panel, the threat traffic light and its
/// history week by week.
/// Appeals are counted for the federation, sector unions, territorial associations and regions only, never for a
/// primary, and no table carries an appeal text, an author, a source name or a summary (methodology §12).
/// </summary>
public static class MonitoringExtracts
{
    public static IReadOnlyList<ExtractTable> Tables =>
    [
        new("barometer_topics", "marts.mart_barometer_topics",
            """
            select period_kind, period, scope, key, topic, appeals, share, change, mean_satisfaction, resolved_share, median_response_hours
            from marts.mart_barometer_topics
            order by period_kind, period, scope, key, topic
            """) { Key = ["period_kind", "period", "scope", "key", "topic"] },
        new("barometer_emerging", "marts.mart_barometer_emerging",
            "select week, scope, key, topic, appeals, threshold from marts.mart_barometer_emerging order by week, scope, key, topic") { Key = ["week", "scope", "key", "topic"] },
        new("media_panel", "marts.mart_media_panel",
            """
            select period_kind, period, scope, key, platform, publications, videos, reach, views, engagements
            from marts.mart_media_panel
            order by period_kind, period, scope, key, platform
            """) { Key = ["period_kind", "period", "scope", "key", "platform"] },
        new("threat_light", "marts.mart_threat_light",
            """
            select org_id, points, zone, regime, signs, signs_band, compliance, facts_6h_share, drafted_12h_share, delivered_24h_share
            from marts.mart_threat_light
            order by org_id
            """) { Key = ["org_id"] },
        new("threat_history", "marts.mart_threat_history",
            "select week, org_id, points, zone, regime from marts.mart_threat_history order by week, org_id") { Key = ["week", "org_id"] },
    ];
}
