-- The periods figures are computed for: each campaign month, and the campaign to date (methodology §1, §6).
-- period_end is the period's last day, or the cut-off if earlier.
with

days as (select * from intermediate.int_campaign_days),

build as (select * from config.build),

months as (
    select
        'month-' || campaign_month as period,
        campaign_month,
        min(day) as first_day,
        max(day) as last_day
    from days
    group by campaign_month
),

to_date as (
    select 'to-date' as period, null::bigint as campaign_month, min(day) as first_day, max(day) as last_day
    from days
),

periods as (
    select * from months
    union all
    select * from to_date
),

final as (
    select
        periods.period,
        periods.campaign_month,
        periods.first_day,
        periods.last_day,
        least(periods.last_day, build.cutoff) as period_end,
        periods.first_day <= build.cutoff as is_started,
        periods.last_day <= build.cutoff as is_complete
    from periods
    cross join build
)

select * from final
