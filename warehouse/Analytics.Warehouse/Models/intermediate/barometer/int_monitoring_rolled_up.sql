-- The groups an organisation's records count for in each barometer and media-panel period (methodology §2, §8,
-- §13), with the registry in force at the period's end (its last day, or the cut-off if earlier): a primary's for
-- its sector, territory and region, whether active or not (plain counts include closed organisations, grouped by
-- their last version); a sector union's or territorial association's for itself, never for a region; everyone's
-- for the federation. Groups are those that get a row in the period: each sector union and territorial association
-- active at its end, each region with an active primary, the federation. The same rules as
-- int_organisations_rolled_up, applied to weeks as well as months.
with

periods as (select * from intermediate.int_monitoring_periods),

versions as (select * from staging.stg_inbox__organisations),

-- a version is in force from its valid_from until the organisation's next one (valid_from is unique per org_id)
spans as (
    select
        *,
        coalesce(lead(valid_from) over (partition by org_id order by valid_from), date '9999-12-31') as valid_until
    from versions
),

tree as (
    select
        periods.period_kind,
        periods.period,
        spans.org_id,
        spans.level,
        spans.sector_id,
        spans.territorial_id,
        spans.region,
        spans.is_active
    from periods
    join spans on spans.valid_from <= periods.period_end and periods.period_end < spans.valid_until
),

groups as (
    select period_kind, period, level as scope, org_id as key
    from tree
    where level in ('sector', 'territorial') and is_active
    union
    select period_kind, period, 'region', region
    from tree
    where level = 'primary' and is_active
    union
    select period_kind, period, 'federation', org_id
    from tree
    where level = 'federation'
),

memberships as (
    select period_kind, period, org_id, 'sector' as scope, sector_id as key from tree where level = 'primary'
    union all
    select period_kind, period, org_id, 'territorial', territorial_id from tree where level = 'primary'
    union all
    select period_kind, period, org_id, 'region', region from tree where level = 'primary'
    union all
    select period_kind, period, org_id, level, org_id from tree where level in ('sector', 'territorial')
    union all
    select tree.period_kind, tree.period, tree.org_id, 'federation', groups.key
    from tree
    join groups on groups.period_kind = tree.period_kind and groups.period = tree.period and groups.scope = 'federation'
),

final as (
    select memberships.period_kind, memberships.period, memberships.org_id, memberships.scope, memberships.key
    from memberships
    join groups using (period_kind, period, scope, key)
)

select * from final
