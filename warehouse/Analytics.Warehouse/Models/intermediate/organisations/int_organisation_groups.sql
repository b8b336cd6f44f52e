-- Every group a figure is reported for, per period (methodology §13): each sector union and territorial
-- association active at the period's end, each region with an active primary, and the federation.
with

tree as (select * from intermediate.int_organisations_in_force),

unions as (
    select period, level as scope, org_id as key
    from tree
    where level in ('sector', 'territorial') and is_active
),

regions as (
    select distinct period, 'region' as scope, region as key
    from tree
    where level = 'primary' and is_active
),

federation as (
    select distinct period, 'federation' as scope, org_id as key
    from tree
    where level = 'federation'
),

final as (
    select * from unions
    union all
    select * from regions
    union all
    select * from federation
)

select * from final
