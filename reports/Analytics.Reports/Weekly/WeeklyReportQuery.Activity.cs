using System.Data;
using Dapper;

using Analytics.Reports.Common;

namespace Analytics.Reports.Weekly;

/// <summary>This week against the week before: plain counts of what happened (methodology §2).</summary>
public static partial class WeeklyReportQuery
{
    private static List<ActivityCount> WeekOnWeek(IDbConnection connection, int week)
    {
        // TODO(issue 6): read publications from a marts.fct_media when it exists; until then staging is the
        // only dated source. Its published_date is already the local date (UTC+05:00, methodology §1).
        var row = connection.QuerySingle(
            """
            with

            days as (select day, campaign_week from marts.dim_campaign_days where is_to_date),

            publications as (
                select days.campaign_week
                from staging.stg_inbox__media media
                join days on days.day = media.published_date
            )

            select
                (select count(*) from marts.fct_events where campaign_week = $week) as events_this,
                (select count(*) from marts.fct_events where campaign_week = $week - 1) as events_last,
                (select count(*) from marts.fct_appeals where campaign_week = $week) as appeals_this,
                (select count(*) from marts.fct_appeals where campaign_week = $week - 1) as appeals_last,
                (select count(*) from marts.fct_cases where campaign_week = $week) as cases_this,
                (select count(*) from marts.fct_cases where campaign_week = $week - 1) as cases_last,
                (select count(*) from publications where campaign_week = $week) as publications_this,
                (select count(*) from publications where campaign_week = $week - 1) as publications_last
            """,
            new { week });

        long? Last(object value) => week > 1 ? Db.Long(value) : null;
        return
        [
            new(Activity.Events, Db.Long(row.events_this), Last(row.events_last)),
            new(Activity.Appeals, Db.Long(row.appeals_this), Last(row.appeals_last)),
            new(Activity.Cases, Db.Long(row.cases_this), Last(row.cases_last)),
            new(Activity.Publications, Db.Long(row.publications_this), Last(row.publications_last)),
        ];
    }

    private static List<InputFile> Inputs(IDbConnection connection) =>
        connection.Query(
            "select file_name, dataset, sha256, batch_id from raw.load_journal where status = 'loaded' order by batch_id, file_name")
            .Select(row => new InputFile((string)row.file_name, (string?)row.dataset, (string?)row.sha256, Db.Long(row.batch_id)))
            .ToList();
}
