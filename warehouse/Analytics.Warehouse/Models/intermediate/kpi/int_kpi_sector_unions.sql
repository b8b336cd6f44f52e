-- methodology §5, sector union KPIs S1-S5, campaign to date, for every sector union active at the cut-off, with
-- the registry at the cut-off. Shares are over active primaries and null without a denominator; counts take the
-- union's own records and those of all its primaries, inactive ones too (§2).
with

tree as (select * from intermediate.int_organisations_in_force where period = 'to-date'),

grouped as (select * from intermediate.int_primaries_grouped where period = 'to-date' and scope = 'sector'),

rolled_up as (select * from intermediate.int_organisations_rolled_up where period = 'to-date' and scope = 'sector'),

items as (select * from intermediate.int_primaries_standard_items where period = 'to-date'),

events as (select * from intermediate.int_events_dated),

event_types as (select * from intermediate.int_event_type_projects),

cases as (select * from intermediate.int_cases_counted),

campaign as (select * from config.campaign),

sector_unions as (
    select org_id from tree where level = 'sector' and is_active
),

participants as (
    select distinct org_id from events
),

---------- S1: share of active primaries with at least one event
s1 as (
    select
        'S1' as kpi_id,
        sector_unions.org_id,
        case when count(grouped.org_id) > 0 then count(participants.org_id) / count(grouped.org_id) end as value
    from sector_unions
    left join grouped on grouped.key = sector_unions.org_id
    left join participants on participants.org_id = grouped.org_id
    group by all
),

---------- S2: share of active large primaries (members at the cut-off) with a counted case
s2 as (
    select
        'S2' as kpi_id,
        sector_unions.org_id,
        case when count(large.org_id) > 0 then count(large.org_id) filter (where items.help_story) / count(large.org_id) end as value
    from sector_unions
    left join (
        select grouped.key, grouped.org_id
        from grouped
        cross join campaign
        where grouped.members >= campaign.large_primary_min_members
    ) as large on large.key = sector_unions.org_id
    left join items on items.org_id = large.org_id
    group by all
),

---------- S3: sector forums organised by the union itself
s3 as (
    select
        'S3' as kpi_id,
        sector_unions.org_id,
        count(events.event_id) as value
    from sector_unions
    left join events on events.org_id = sector_unions.org_id and events.event_type = 'sector_forum'
    group by all
),

---------- S4: counted cases of the sector marked best practice
s4 as (
    select
        'S4' as kpi_id,
        sector_unions.org_id,
        count(cases.case_id) as value
    from sector_unions
    left join rolled_up on rolled_up.key = sector_unions.org_id
    left join cases on cases.org_id = rolled_up.org_id and cases.is_best_practice
    group by all
),

---------- S5: events of project 4 (youth) organised in the sector
s5 as (
    select
        'S5' as kpi_id,
        sector_unions.org_id,
        count(youth_events.event_id) as value
    from sector_unions
    left join rolled_up on rolled_up.key = sector_unions.org_id
    left join (
        select events.event_id, events.org_id
        from events
        join event_types using (event_type)
        where event_types.project = 4
    ) as youth_events on youth_events.org_id = rolled_up.org_id
    group by all
),

final as (
    select kpi_id, 'sector' as level, org_id, value::double as value, null::double as target from s1
    union all
    select kpi_id, 'sector', org_id, value::double, null::double from s2
    union all
    select kpi_id, 'sector', org_id, value::double, null::double from s3
    union all
    select kpi_id, 'sector', org_id, value::double, null::double from s4
    union all
    select kpi_id, 'sector', org_id, value::double, null::double from s5
)

select * from final
