-- methodology §5, the monthly control indicators M1-M4 (level federation). M-k is not applicable before month k
-- starts (value null); while month k is in progress it is computed to the cut-off, with the registry at the
-- month's end or the cut-off, whichever is earlier (the period month-k). M3 and M4 count the events and
-- ambassadors of inactive primaries too (§13).
with

periods as (select * from intermediate.int_campaign_periods where campaign_month is not null),

-- M1-M4 always get a row, whatever the campaign's length
control_months as (select unnest([1, 2, 3, 4]) as campaign_month),

tree as (select * from intermediate.int_organisations_in_force),

rolled_up as (select * from intermediate.int_organisations_rolled_up),

events as (select * from intermediate.int_events_dated),

event_types as (select * from intermediate.int_event_type_projects),

cases as (select * from intermediate.int_cases_counted),

ambassadors as (select * from staging.stg_inbox__ambassadors),

active_primaries as (
    select period, org_id from tree where level = 'primary' and is_active
),

---------- M1: active primaries with a unified_day event in month 1
unified_day_primaries as (
    select distinct org_id from events where campaign_month = 1 and event_type = 'unified_day'
),

m1 as (
    select
        1 as campaign_month,
        case when count(*) > 0 then count(unified_day_primaries.org_id) / count(*) end as value
    from active_primaries
    left join unified_day_primaries using (org_id)
    where active_primaries.period = 'month-1'
),

---------- M2: of the active primaries that participate in month 2, those with a counted case submitted in month 2
month_2_participants as (
    select distinct org_id from events where campaign_month = 2
),

month_2_case_primaries as (
    select distinct org_id from cases where campaign_month = 2
),

m2 as (
    select
        2 as campaign_month,
        case when count(*) > 0 then count(month_2_case_primaries.org_id) / count(*) end as value
    from active_primaries
    join month_2_participants using (org_id)
    left join month_2_case_primaries using (org_id)
    where active_primaries.period = 'month-2'
),

---------- M3: active sector unions and territorial associations with a project-3 event in month 3 (itself or its primaries)
member_organisations as (
    select period, org_id, level from tree where level in ('sector', 'territorial') and is_active
),

month_3_honouring_groups as (
    select distinct rolled_up.scope, rolled_up.key
    from rolled_up
    join events on events.org_id = rolled_up.org_id
    join event_types on event_types.event_type = events.event_type
    where rolled_up.period = 'month-3'
        and rolled_up.scope in ('sector', 'territorial')
        and events.campaign_month = 3
        and event_types.project = 3
),

m3 as (
    select
        3 as campaign_month,
        case when count(*) > 0 then count(month_3_honouring_groups.key) / count(*) end as value
    from member_organisations
    left join month_3_honouring_groups
        on month_3_honouring_groups.scope = member_organisations.level
        and month_3_honouring_groups.key = member_organisations.org_id
    where member_organisations.period = 'month-3'
),

---------- M4: active sector unions with an ambassador (the union or its primaries) joined by the end of month 4
month_4_ambassador_sectors as (
    select distinct rolled_up.key
    from rolled_up
    join periods on periods.period = rolled_up.period
    join ambassadors on ambassadors.org_id = rolled_up.org_id and ambassadors.joined_at <= periods.period_end
    where rolled_up.period = 'month-4' and rolled_up.scope = 'sector'
),

m4 as (
    select
        4 as campaign_month,
        case when count(*) > 0 then count(month_4_ambassador_sectors.key) / count(*) end as value
    from member_organisations
    left join month_4_ambassador_sectors on month_4_ambassador_sectors.key = member_organisations.org_id
    where member_organisations.period = 'month-4' and member_organisations.level = 'sector'
),

values_by_month as (
    select * from m1
    union all
    select * from m2
    union all
    select * from m3
    union all
    select * from m4
),

final as (
    select
        'M' || control_months.campaign_month as kpi_id,
        case when periods.is_started then values_by_month.value end::double as value
    from control_months
    left join periods using (campaign_month)
    left join values_by_month using (campaign_month)
)

select * from final
