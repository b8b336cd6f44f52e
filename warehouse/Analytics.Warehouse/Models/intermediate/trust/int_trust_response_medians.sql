-- methodology §6, criterion 3: the median hours from receipt to first response over the appeals received in the
-- period, per group. An appeal unanswered by the cut-off is infinitely slow: it sorts last. With an even count
-- the median is the mean of the two middle values, infinite if either is.
with

periods as (select * from intermediate.int_campaign_periods where is_started),

appeals as (select * from intermediate.int_appeals_dated),

-- §6: a group's criteria 2-4 read only the records of its active organisations (an inactive primary adds
-- neither members nor records)
rolled_up as (select * from intermediate.int_organisations_rolled_up where is_active),

-- the groups an active organisation's appeals count for in the period, one column per scope (at most one group of
-- each scope below the federation: the organisation itself, or its version's sector, territory and region)
group_keys as (
    select
        period,
        org_id,
        any_value(key) filter (where scope = 'primary') as primary_key,
        any_value(key) filter (where scope = 'sector') as sector_key,
        any_value(key) filter (where scope = 'territorial') as territorial_key,
        any_value(key) filter (where scope = 'region') as region_key,
        bool_or(scope = 'federation') as counts_for_federation
    from rolled_up
    group by all
),

federations as (select distinct period, key from rolled_up where scope = 'federation'),

in_period as (
    select
        periods.period,
        group_keys.primary_key,
        group_keys.sector_key,
        group_keys.territorial_key,
        group_keys.region_key,
        group_keys.counts_for_federation,
        appeals.response_hours
    from periods
    join appeals on appeals.received_date between periods.first_day and periods.period_end
    join group_keys on group_keys.period = periods.period and group_keys.org_id = appeals.org_id
),

-- quantile_disc(…, 0.5) is the lower middle value (position (n + 1) // 2), the same taken of the negated hours the
-- upper middle (position n // 2 + 1): the same one for an odd n, the two middle ones for an even n. A selection per
-- group, without sorting every group's appeals; every scope in one pass over the appeals, each grouping set over
-- the appeals themselves, since a median cannot be put together from the medians of parts.
grouped as (
    select
        period,
        case
            when grouping(primary_key) = 0 then 'primary'
            when grouping(sector_key) = 0 then 'sector'
            when grouping(territorial_key) = 0 then 'territorial'
            when grouping(region_key) = 0 then 'region'
            else 'federation'
        end as scope,
        coalesce(primary_key, sector_key, territorial_key, region_key) as key,
        counts_for_federation,
        count(*) as appeals,
        quantile_disc(coalesce(response_hours, 'infinity'::double), 0.5) as lower_middle,
        -quantile_disc(-coalesce(response_hours, 'infinity'::double), 0.5) as upper_middle
    from in_period
    group by grouping sets (
        (period, primary_key),
        (period, sector_key),
        (period, territorial_key),
        (period, region_key),
        (period, counts_for_federation)
    )
),

middles as (
    select
        grouped.period,
        grouped.scope,
        coalesce(grouped.key, federations.key) as key,
        grouped.appeals,
        grouped.lower_middle,
        grouped.upper_middle
    from grouped
    left join federations
        on grouped.scope = 'federation'
        and grouped.counts_for_federation
        and federations.period = grouped.period
    where coalesce(grouped.key, federations.key) is not null
),

final as (
    select
        period,
        scope,
        key,
        appeals,
        case when upper_middle = 'infinity'::double then upper_middle else (lower_middle + upper_middle) / 2 end as median_response_hours
    from middles
)

select * from final
