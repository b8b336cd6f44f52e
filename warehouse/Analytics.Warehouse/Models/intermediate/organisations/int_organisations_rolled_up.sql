-- Every group an organisation's records count for, per period (methodology §2, §6): a primary's for itself (only
-- an active primary has a row of its own), its sector, territory and region; a sector union's or territorial
-- association's for itself, never for a region; everyone's for the federation. Inactive organisations are grouped
-- by their version in force at the period's end; groups that get no row in the period are left out. is_active is
-- the organisation's own state at the period's end: the trust index reads only active organisations' records (§6).
with

tree as (select * from intermediate.int_organisations_in_force),

groups as (select * from intermediate.int_organisation_groups),

memberships as (
    select period, org_id, 'primary' as scope, org_id as key from tree where level = 'primary' and is_active
    union all
    select period, org_id, 'sector', sector_id from tree where level = 'primary'
    union all
    select period, org_id, 'territorial', territorial_id from tree where level = 'primary'
    union all
    select period, org_id, 'region', region from tree where level = 'primary'
    union all
    select period, org_id, level, org_id from tree where level in ('sector', 'territorial')
    union all
    select tree.period, tree.org_id, 'federation', groups.key
    from tree
    join groups on groups.period = tree.period and groups.scope = 'federation'
),

final as (
    select memberships.period, memberships.org_id, memberships.scope, memberships.key, tree.is_active
    from memberships
    join tree using (period, org_id)
    where memberships.scope = 'primary'
        or exists (
            select 1 from groups
            where groups.period = memberships.period and groups.scope = memberships.scope and groups.key = memberships.key
        )
)

select * from final
