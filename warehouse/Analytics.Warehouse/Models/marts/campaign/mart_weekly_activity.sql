-- This week against the week before (methodology §2, plain counts with inactive organisations' records): events,
-- appeals, cases and publications per campaign week started by the cut-off, the change against the week before and,
-- when the week before had any, that change as a share of it (methodology §8's rule for a change).
with

days as (select * from intermediate.int_campaign_days where is_to_date),

events as (select * from marts.fct_events),

appeals as (select * from marts.fct_appeals),

cases as (select * from marts.fct_cases),

publications as (select * from intermediate.int_media_dated),

weeks as (select distinct campaign_week as week from days),

activities as (select unnest(['events', 'appeals', 'cases', 'publications']) as activity),

records as (
    select 'events' as activity, campaign_week as week from events
    union all
    select 'appeals', campaign_week from appeals
    union all
    select 'cases', campaign_week from cases
    union all
    select 'publications', campaign_week from publications
),

counts as (
    select activity, week, count(*) as records from records group by all
),

by_week as (
    select
        weeks.week,
        activities.activity,
        coalesce(counts.records, 0) as records,
        case when weeks.week > 1 then coalesce(previous.records, 0) end as previous_week_records
    from weeks
    cross join activities
    left join counts on counts.week = weeks.week and counts.activity = activities.activity
    left join counts as previous on previous.week = weeks.week - 1 and previous.activity = activities.activity
),

final as (
    select
        by_week.*,
        records - previous_week_records as change,
        case when previous_week_records > 0 then (records - previous_week_records) / previous_week_records end as change_share
    from by_week
)

select * from final
