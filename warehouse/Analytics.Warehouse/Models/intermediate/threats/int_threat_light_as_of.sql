-- methodology §10: the information threat traffic light of every organisation with a journal entry in the campaign,
-- as of each day it is computed for (int_threat_as_of_days): over that day's window, the threat index (points) and
-- its zone, raised one step when a monitoring regime of the organisation covers that day (red stays red); the signs
-- count and its band; the share of entries whose response deadline has passed by the end of that day that were
-- delivered within it (undelivered = missed; null when none has passed); and likewise the 24-hour rule's milestones.
-- Figures are rounded to 9 decimals before they are compared with a threshold (§1). The light at the cut-off and the
-- history at each week's end are this one computation.
with

entries as (select * from intermediate.int_threat_entries_as_of),

regimes as (select * from staging.stg_inbox__monitoring_regimes),

zones as (
    select
        max(value) filter (where key = 'threat.zone_green_max') as green_max,
        max(value) filter (where key = 'threat.zone_yellow_max') as yellow_max,
        max(value) filter (where key = 'threat.zone_orange_max') as orange_max,
        max(value) filter (where key = 'threat.signs_low_max') as low_max,
        max(value) filter (where key = 'threat.signs_medium_max') as medium_max,
        max(value) filter (where key = 'threat.signs_high_max') as high_max
    from config.targets
),

per_organisation as (
    select
        as_of,
        org_id,
        coalesce(sum(points) filter (where is_in_window), 0) as points,
        count(*) filter (where is_in_window) as signs,
        count(*) filter (where is_in_window and is_deadline_passed) as deadlines_passed,
        count(*) filter (where is_in_window and is_deadline_passed and is_deadline_met) as deadlines_met,
        count(*) filter (where is_in_window and is_facts_due) as facts_due,
        count(*) filter (where is_in_window and is_facts_due and is_facts_met) as facts_met,
        count(*) filter (where is_in_window and is_drafted_due) as drafted_due,
        count(*) filter (where is_in_window and is_drafted_due and is_drafted_met) as drafted_met,
        count(*) filter (where is_in_window and is_delivered_due) as delivered_due,
        count(*) filter (where is_in_window and is_delivered_due and is_delivered_met) as delivered_met
    from entries
    group by as_of, org_id
),

in_regime as (
    select distinct per_organisation.as_of, per_organisation.org_id
    from per_organisation
    join regimes
        on regimes.org_id = per_organisation.org_id
        and per_organisation.as_of between regimes.starts and regimes.ends
),

zoned as (
    select
        per_organisation.*,
        case
            when round(per_organisation.points, 9) <= zones.green_max then 1
            when round(per_organisation.points, 9) <= zones.yellow_max then 2
            when round(per_organisation.points, 9) <= zones.orange_max then 3
            else 4
        end as points_step,
        in_regime.org_id is not null as regime,
        case
            when per_organisation.signs <= zones.low_max then 'low'
            when per_organisation.signs <= zones.medium_max then 'medium'
            when per_organisation.signs <= zones.high_max then 'high'
            else 'critical'
        end as signs_band
    from per_organisation
    cross join zones
    left join in_regime using (as_of, org_id)
),

final as (
    select
        as_of,
        org_id,
        -- exact (DECIMAL) for the zone above; a plain number for readers of the extracts
        points::double as points,
        ['green', 'yellow', 'orange', 'red'][points_step] as points_zone,
        ['green', 'yellow', 'orange', 'red'][least(points_step + case when regime then 1 else 0 end, 4)] as zone,
        regime,
        signs,
        signs_band,
        deadlines_passed,
        deadlines_met,
        case when deadlines_passed > 0 then deadlines_met / deadlines_passed end as compliance,
        case when facts_due > 0 then facts_met / facts_due end as facts_6h_share,
        case when drafted_due > 0 then drafted_met / drafted_due end as drafted_12h_share,
        case when delivered_due > 0 then delivered_met / delivered_due end as delivered_24h_share
    from zoned
)

select * from final
