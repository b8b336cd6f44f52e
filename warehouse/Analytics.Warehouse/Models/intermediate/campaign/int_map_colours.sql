-- methodology §4, for every started period: green when completion > 80 %, yellow from 50 % to 80 %, red below 50 %;
-- compared after rounding to 9 decimals (§1). Groups take the plain mean of their active primaries.
with

items as (select * from intermediate.int_primaries_standard_items),

grouped as (select * from intermediate.int_primaries_grouped),

groups as (select * from intermediate.int_organisation_groups),

targets as (
    select
        max(value) filter (where key = 'map_colour.green_above_percent') as green_above,
        max(value) filter (where key = 'map_colour.yellow_from_percent') as yellow_from
    from config.targets
),

primary_rows as (
    select period, 'primary' as scope, org_id as key, completion, 1 as primaries from items
),

group_rows as (
    select
        groups.period,
        groups.scope,
        groups.key,
        -- an exact decimal mean of fifths, independent of the order the threads add in (as in int_trust_index_figures)
        avg(items.completion::decimal(18, 9)) as completion,
        count(items.org_id) as primaries
    from groups
    left join grouped on grouped.period = groups.period and grouped.scope = groups.scope and grouped.key = groups.key
    left join items on items.period = grouped.period and items.org_id = grouped.org_id
    group by all
),

all_rows as (
    select * from primary_rows
    union all
    select * from group_rows
),

final as (
    select
        all_rows.period,
        all_rows.scope,
        all_rows.key,
        all_rows.completion,
        case
            when all_rows.completion is null then null
            when round(all_rows.completion * 100, 9) > targets.green_above then 'green'
            when round(all_rows.completion * 100, 9) >= targets.yellow_from then 'yellow'
            else 'red'
        end as colour,
        all_rows.primaries
    from all_rows
    cross join targets
)

select * from final
