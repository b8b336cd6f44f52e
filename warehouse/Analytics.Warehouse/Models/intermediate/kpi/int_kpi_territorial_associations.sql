-- methodology §5, territorial association KPIs T1-T4, campaign to date, for every territorial association active
-- at the cut-off, with the registry at the cut-off (for T3 in every month too, §13). Counts take the association's
-- own events and those of all its primaries, inactive ones too (§2).
with

periods as (select * from intermediate.int_campaign_periods where is_started and campaign_month is not null),

tree as (select * from intermediate.int_organisations_in_force where period = 'to-date'),

grouped as (select * from intermediate.int_primaries_grouped where period = 'to-date' and scope = 'territorial'),

rolled_up as (select * from intermediate.int_organisations_rolled_up where period = 'to-date' and scope = 'territorial'),

events as (select * from intermediate.int_events_dated),

event_types as (select * from intermediate.int_event_type_projects),

associations as (
    select org_id from tree where level = 'territorial' and is_active
),

participants as (
    select distinct org_id from events
),

territory_events as (
    select rolled_up.key as territorial_id, events.event_id, events.event_type, events.campaign_month, event_types.project
    from rolled_up
    join events on events.org_id = rolled_up.org_id
    join event_types using (event_type)
),

---------- T1: share of active primaries with at least one event
t1 as (
    select
        'T1' as kpi_id,
        associations.org_id,
        case when count(grouped.org_id) > 0 then count(participants.org_id) / count(grouped.org_id) end as value,
        null::double as target
    from associations
    left join grouped on grouped.key = associations.org_id
    left join participants on participants.org_id = grouped.org_id
    group by all
),

---------- T2: regional Union Days; T4: events of project 3 ("Person of labour")
t2_t4 as (
    select
        associations.org_id,
        count(territory_events.event_id) filter (where territory_events.event_type = 'regional_union_day') as regional_union_days,
        count(territory_events.event_id) filter (where territory_events.project = 3) as honouring_events
    from associations
    left join territory_events on territory_events.territorial_id = associations.org_id
    group by all
),

---------- T3: months started with a legal aid day in the territory; the target is the number of months started
t3 as (
    select
        'T3' as kpi_id,
        associations.org_id,
        count(distinct territory_events.campaign_month) as value,
        (select count(*) from periods)::double as target
    from associations
    left join territory_events
        on territory_events.territorial_id = associations.org_id and territory_events.event_type = 'legal_aid_day'
    group by all
),

final as (
    select kpi_id, 'territorial' as level, org_id, value::double as value, target from t1
    union all
    select 'T2', 'territorial', org_id, regional_union_days::double, null::double from t2_t4
    union all
    select kpi_id, 'territorial', org_id, value::double, target from t3
    union all
    select 'T4', 'territorial', org_id, honouring_events::double, null::double from t2_t4
)

select * from final
