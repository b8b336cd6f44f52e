-- int_monitoring_rolled_up with one row per period and organisation: the sector union, territorial association
-- and region its records count for in the period (at most one of each: the organisation's version in force), and
-- whether they count for the federation. The barometer reads each appeal once per period against this row and
-- groups it by every scope in one pass (grouping sets), instead of joining it to four membership rows.
with

rolled_up as (select * from intermediate.int_monitoring_rolled_up),

final as (
    select
        period_kind,
        period,
        org_id,
        any_value(key) filter (where scope = 'sector') as sector_key,
        any_value(key) filter (where scope = 'territorial') as territorial_key,
        any_value(key) filter (where scope = 'region') as region_key,
        bool_or(scope = 'federation') as counts_for_federation
    from rolled_up
    group by all
)

select * from final
