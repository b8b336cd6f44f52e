-- methodology §8, §13: per campaign week and month, for the federation, sector unions, territorial associations
-- and regions, the appeals of each topic. A topic gets a row only in periods where it has an appeal. Each period
-- uses the registry in force at its end; a period in progress runs to the cut-off.
with

periods as (select * from intermediate.int_monitoring_periods),

group_keys as (select * from intermediate.int_monitoring_group_keys),

federations as (select distinct period_kind, period, key from intermediate.int_monitoring_rolled_up where scope = 'federation'),

appeals as (select * from intermediate.int_appeals_classified),

-- each appeal once per period, beside the groups it counts for
in_period as (
    select
        periods.period_kind,
        periods.period,
        group_keys.sector_key,
        group_keys.territorial_key,
        group_keys.region_key,
        group_keys.counts_for_federation,
        appeals.topic,
        appeals.satisfaction,
        appeals.is_resolved,
        appeals.response_hours
    from periods
    join appeals
        on case when periods.period_kind = 'week' then appeals.campaign_week else appeals.campaign_month end = periods.period
    join group_keys
        on group_keys.period_kind = periods.period_kind
        and group_keys.period = periods.period
        and group_keys.org_id = appeals.org_id
),

-- every scope in one pass over the appeals, each grouping set over the appeals themselves: a median cannot be
-- put together from the medians of parts. Median over answered appeals, positions (n + 1) // 2 and n // 2 + 1
-- (§6's even-count rule): quantile_disc(…, 0.5) is the lower middle value, the same taken of the negated hours the
-- upper one
grouped as (
    select
        period_kind,
        period,
        case
            when grouping(sector_key) = 0 then 'sector'
            when grouping(territorial_key) = 0 then 'territorial'
            when grouping(region_key) = 0 then 'region'
            else 'federation'
        end as scope,
        coalesce(sector_key, territorial_key, region_key) as key,
        counts_for_federation,
        topic,
        count(*) as appeals,
        avg(satisfaction) as mean_satisfaction,
        count(*) filter (where is_resolved) / count(*) as resolved_share,
        count(response_hours) as answered,
        (quantile_disc(response_hours, 0.5) - quantile_disc(-response_hours, 0.5)) / 2 as median_response_hours
    from in_period
    group by grouping sets (
        (period_kind, period, sector_key, topic),
        (period_kind, period, territorial_key, topic),
        (period_kind, period, region_key, topic),
        (period_kind, period, counts_for_federation, topic)
    )
),

counted as (
    select
        grouped.period_kind,
        grouped.period,
        grouped.scope,
        coalesce(grouped.key, federations.key) as key,
        grouped.topic,
        grouped.appeals,
        grouped.mean_satisfaction,
        grouped.resolved_share,
        grouped.answered,
        grouped.median_response_hours
    from grouped
    left join federations
        on grouped.scope = 'federation'
        and grouped.counts_for_federation
        and federations.period_kind = grouped.period_kind
        and federations.period = grouped.period
    where coalesce(grouped.key, federations.key) is not null
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
