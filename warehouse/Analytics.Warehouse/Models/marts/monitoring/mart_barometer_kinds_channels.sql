-- methodology §8: the barometer's appeals by topic, kind and channel, per campaign week and month, for the
-- federation, sector unions, territorial associations and regions (registry at each period's end).
-- Counts add up: the appeals are first counted once per combination of the groups they count for, then those
-- counts are summed for each scope, rather than each appeal joined to its four groups.
with

periods as (select * from intermediate.int_monitoring_periods),

group_keys as (select * from intermediate.int_monitoring_group_keys),

federations as (select distinct period_kind, period, key from intermediate.int_monitoring_rolled_up where scope = 'federation'),

appeals as (select * from intermediate.int_appeals_classified),

-- materialised: each scope below reads it
by_groups as materialized (
    select
        periods.period_kind,
        periods.period,
        group_keys.sector_key,
        group_keys.territorial_key,
        group_keys.region_key,
        group_keys.counts_for_federation,
        appeals.topic,
        appeals.kind,
        appeals.channel,
        count(*) as appeals
    from periods
    join appeals
        on case when periods.period_kind = 'week' then appeals.campaign_week else appeals.campaign_month end = periods.period
    join group_keys
        on group_keys.period_kind = periods.period_kind
        and group_keys.period = periods.period
        and group_keys.org_id = appeals.org_id
    group by all
),

by_scope as (
    select period_kind, period, 'sector' as scope, sector_key as key, topic, kind, channel, appeals
    from by_groups where sector_key is not null
    union all
    select period_kind, period, 'territorial', territorial_key, topic, kind, channel, appeals
    from by_groups where territorial_key is not null
    union all
    select period_kind, period, 'region', region_key, topic, kind, channel, appeals
    from by_groups where region_key is not null
    union all
    select by_groups.period_kind, by_groups.period, 'federation', federations.key, topic, kind, channel, appeals
    from by_groups
    join federations using (period_kind, period)
    where by_groups.counts_for_federation
),

final as (
    select period_kind, period, scope, key, topic, kind, channel, sum(appeals)::bigint as appeals
    from by_scope
    group by all
)

select * from final
