-- Each active primary in force at a period's end, once for every group it belongs to.
with

tree as (select * from intermediate.int_organisations_in_force),

groups as (select * from intermediate.int_organisation_groups),

primaries as (
    select * from tree where level = 'primary' and is_active
),

memberships as (
    select period, 'sector' as scope, sector_id as key, org_id, members from primaries
    union all
    select period, 'territorial', territorial_id, org_id, members from primaries
    union all
    select period, 'region', region, org_id, members from primaries
    union all
    select primaries.period, 'federation', groups.key, primaries.org_id, primaries.members
    from primaries
    join groups on groups.period = primaries.period and groups.scope = 'federation'
),

final as (
    select memberships.*
    from memberships
    join groups using (period, scope, key)
)

select * from final
