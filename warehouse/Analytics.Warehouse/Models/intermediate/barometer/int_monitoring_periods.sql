-- The periods of the barometer and the media panel (methodology §8, §9): every campaign week and month started by
-- the cut-off. A period in progress runs to the cut-off (period_end), so a week in progress counts its days so far.
with

days as (select * from intermediate.int_campaign_days),

build as (select * from config.build),

periods as (
    select 'week' as period_kind, campaign_week as period, min(day) as first_day, max(day) as last_day
    from days
    group by campaign_week
    union all
    select 'month', campaign_month, min(day), max(day)
    from days
    group by campaign_month
),

final as (
    select
        periods.period_kind,
        periods.period,
        periods.first_day,
        periods.last_day,
        least(periods.last_day, build.cutoff) as period_end,
        periods.last_day <= build.cutoff as is_complete
    from periods
    cross join build
    where periods.first_day <= build.cutoff
)

select * from final
