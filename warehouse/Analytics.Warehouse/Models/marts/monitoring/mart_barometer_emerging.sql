-- methodology §8, §13: an emerging problem is a topic whose weekly count in a region or a sector is at least
-- barometer.emerging_min_weekly (5) and at least threshold = mean + emerging_sd_factor (2) · max(SD,
-- emerging_sd_floor (1)), the mean and population SD taken over the emerging_trailing_weeks (4) weeks before it.
-- A week without appeals on the topic, or before week 1, counts 0. Each week's count uses its own registry, and
-- a week in progress counts its days so far. The threshold is rounded to 9 decimals before the comparison (§1).
with

weekly as (
    select week_row.period as week, week_row.scope, week_row.key, week_row.topic, week_row.appeals
    from marts.mart_barometer_topics as week_row
    where week_row.period_kind = 'week' and week_row.scope in ('region', 'sector')
),

targets as (
    select
        max(value) filter (where key = 'barometer.emerging_min_weekly') as min_weekly,
        max(value) filter (where key = 'barometer.emerging_sd_factor')::double as sd_factor,
        max(value) filter (where key = 'barometer.emerging_sd_floor')::double as sd_floor,
        max(value) filter (where key = 'barometer.emerging_trailing_weeks')::integer as trailing_weeks
    from config.targets
),

candidates as (
    select weekly.*
    from weekly
    cross join targets
    where weekly.appeals >= targets.min_weekly
),

history as (
    select
        candidates.week,
        candidates.scope,
        candidates.key,
        candidates.topic,
        candidates.appeals,
        coalesce(earlier.appeals, 0) as earlier_appeals
    from candidates
    cross join (select unnest(range(1, trailing_weeks + 1)) as weeks_back from targets) as lags
    left join weekly as earlier
        on earlier.week = candidates.week - lags.weeks_back
        and earlier.scope = candidates.scope
        and earlier.key = candidates.key
        and earlier.topic = candidates.topic
),

trend as (
    select
        week,
        scope,
        key,
        topic,
        appeals,
        avg(earlier_appeals) as trailing_mean,
        -- the population SD from exact integer sums, sqrt(n·Σx² − (Σx)²) / n: stddev_pop's running update of
        -- doubles merges the threads' parts in varying order and changes the last bits from build to build
        sqrt((count(*) * sum(earlier_appeals * earlier_appeals) - sum(earlier_appeals) * sum(earlier_appeals))::double)
            / count(*) as trailing_sd
    from history
    group by all
),

final as (
    select
        trend.week,
        trend.scope,
        trend.key,
        trend.topic,
        trend.appeals,
        trend.trailing_mean,
        trend.trailing_sd,
        trend.trailing_mean + targets.sd_factor * greatest(trend.trailing_sd, targets.sd_floor) as threshold
    from trend
    cross join targets
    where trend.appeals >= round(trend.trailing_mean + targets.sd_factor * greatest(trend.trailing_sd, targets.sd_floor), 9)
)

select * from final
