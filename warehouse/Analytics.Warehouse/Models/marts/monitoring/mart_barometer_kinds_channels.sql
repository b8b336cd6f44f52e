-- methodology §8: the barometer's appeals by topic, kind and channel, per campaign week and month, for the
-- federation, sector unions, territorial associations and regions (registry at each period's end).
with

periods as (select * from intermediate.int_monitoring_periods),

rolled_up as (select * from intermediate.int_monitoring_rolled_up),

appeals as (select * from intermediate.int_appeals_classified),

final as (
    select
        periods.period_kind,
        periods.period,
        rolled_up.scope,
        rolled_up.key,
        appeals.topic,
        appeals.kind,
        appeals.channel,
        count(*) as appeals
    from periods
    join appeals
        on case when periods.period_kind = 'week' then appeals.campaign_week else appeals.campaign_month end = periods.period
    join rolled_up
        on rolled_up.period_kind = periods.period_kind
        and rolled_up.period = periods.period
        and rolled_up.org_id = appeals.org_id
    group by all
)

select * from final
