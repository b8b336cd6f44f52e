-- methodology §5. A KPI without a denominator, or of a month not started, is not applicable: value and met null.
-- Values are compared with targets after rounding to 9 decimals (§1). Targets are kpi.<id> of targets.json; T3's
-- is the number of months started (int_kpi_territorial_associations), P0-P5 have 1.
with

tree as (select * from intermediate.int_organisations_in_force where period = 'to-date'),

items as (select * from intermediate.int_primaries_standard_items where period = 'to-date'),

events as (select * from intermediate.int_events_dated),

cases as (select * from intermediate.int_cases_counted),

reports as (select * from intermediate.int_reports_dated),

sector_kpis as (select * from intermediate.int_kpi_sector_unions),

territorial_kpis as (select * from intermediate.int_kpi_territorial_associations),

monthly_kpis as (select * from intermediate.int_kpi_monthly_controls),

federation as (select org_id from tree where level = 'federation'),

targets as (select key, value from config.targets where key like 'kpi.%'),

---------- F1: coverage of members, over active primaries; reached from the latest report by the cut-off month
latest_reach as (
    select org_id, arg_max(workers_reached_total, period) as reached
    from reports
    group by org_id
),

f1 as (
    select
        'F1' as kpi_id,
        case when sum(tree.members) > 0
            then sum(least(tree.members, coalesce(latest_reach.reached, 0))) / sum(tree.members)
        end as value
    from tree
    left join latest_reach using (org_id)
    where tree.level = 'primary' and tree.is_active
),

---------- F2-F4: plain counts of what happened, every organisation in force at the cut-off
f2 as (
    select 'F2' as kpi_id, count(*)::double as value
    from events join tree using (org_id)
),

f3 as (
    select 'F3' as kpi_id, count(*)::double as value
    from cases join tree using (org_id)
),

f4 as (
    select
        'F4' as kpi_id,
        coalesce(sum(reports.legal_aid_consultations + reports.reception_visitors + reports.safety_participants), 0)::double as value
    from reports join tree using (org_id)
),

---------- F5: growth of the federation's trust index from month 1 to the last complete month (month 2 or later)
f5 as (
    select
        'F5' as kpi_id,
        (select growth from marts.mart_trust_growth where scope = 'federation' order by month desc limit 1) as value
),

federation_kpis as (
    select kpi_id, 'federation' as level, federation.org_id, value, null::double as target
    from (
        select * from f1 union all select * from f2 union all select * from f3 union all select * from f4
        union all select * from f5
    ) as kpis
    cross join federation
),

---------- M1-M4: the monthly control indicators, level federation
monthly_rows as (
    select monthly_kpis.kpi_id, 'federation' as level, federation.org_id, monthly_kpis.value, null::double as target
    from monthly_kpis
    cross join federation
),

---------- P0-P5: the minimum standard of each active primary
primary_kpis as (
    unpivot (
        select
            org_id,
            completion as P0,
            unified_day::int::double as P1,
            meeting::int::double as P2,
            help_story::int::double as P3,
            legal_aid_day::int::double as P4,
            because_action::int::double as P5
        from items
    )
    on P0, P1, P2, P3, P4, P5
    into name kpi_id value value
),

all_kpis as (
    select * from federation_kpis
    union all
    select * from monthly_rows
    union all
    select kpi_id, level, org_id, value, target from sector_kpis
    union all
    select kpi_id, level, org_id, value, target from territorial_kpis
    union all
    select kpi_id, 'primary' as level, org_id, value, null::double as target from primary_kpis
),

final as (
    select
        all_kpis.kpi_id,
        all_kpis.level,
        all_kpis.org_id,
        all_kpis.value,
        coalesce(all_kpis.target, targets.value, 1)::double as target,
        all_kpis.value is not null as applicable,
        case when all_kpis.value is not null then round(all_kpis.value, 9) >= coalesce(all_kpis.target, targets.value, 1) end as met
    from all_kpis
    left join targets on targets.key = 'kpi.' || all_kpis.kpi_id
)

select * from final
