-- methodology §8, §13: per campaign week and month, for the federation, sector unions, territorial associations
-- and regions, the appeals of each topic. A topic gets a row only in periods where it has an appeal. Each period
-- uses the registry in force at its end; a period in progress runs to the cut-off.
with

periods as (select * from intermediate.int_monitoring_periods),

rolled_up as (select * from intermediate.int_monitoring_rolled_up),

appeals as (select * from intermediate.int_appeals_classified),

in_period as (
    select
        periods.period_kind,
        periods.period,
        rolled_up.scope,
        rolled_up.key,
        appeals.topic,
        appeals.satisfaction,
        appeals.is_resolved,
        appeals.response_hours
    from periods
    join appeals
        on case when periods.period_kind = 'week' then appeals.campaign_week else appeals.campaign_month end = periods.period
    join rolled_up
        on rolled_up.period_kind = periods.period_kind
        and rolled_up.period = periods.period
        and rolled_up.org_id = appeals.org_id
),

-- median over answered appeals, positions (n + 1) // 2 and n // 2 + 1 (§6's even-count rule): quantile_disc(…, 0.5)
-- is the lower middle value, the same taken of the negated hours the upper one
counted as (
    select
        period_kind,
        period,
        scope,
        key,
        topic,
        count(*) as appeals,
        avg(satisfaction) as mean_satisfaction,
        count(*) filter (where is_resolved) / count(*) as resolved_share,
        count(response_hours) as answered,
        (quantile_disc(response_hours, 0.5) - quantile_disc(-response_hours, 0.5)) / 2 as median_response_hours
    from in_period
    group by all
),

---------- share in the scope and period, change against the previous period of the same kind

final as (
    select
        counted.period_kind,
        counted.period,
        counted.scope,
        counted.key,
        counted.topic,
        counted.appeals,
        counted.appeals / sum(counted.appeals) over (
            partition by counted.period_kind, counted.period, counted.scope, counted.key
        ) as share,
        previous.appeals as previous_appeals,
        (counted.appeals - previous.appeals) / previous.appeals as change,
        counted.mean_satisfaction,
        counted.resolved_share,
        counted.answered,
        counted.median_response_hours
    from counted
    left join counted as previous
        on previous.period_kind = counted.period_kind
        and previous.period = counted.period - 1
        and previous.scope = counted.scope
        and previous.key = counted.key
        and previous.topic = counted.topic
)

select * from final
