-- methodology §9: the best materials of each week and month, per scope: publications marked best first, then by
-- reach (larger first), then by publication_id; the first ten.
with

periods as (select * from intermediate.int_monitoring_periods),

rolled_up as (select * from intermediate.int_monitoring_rolled_up),

media as (select * from intermediate.int_media_dated),

-- each record once in its week and once in its month, so that periods join it on equal keys
media_in_periods as (
    select 'week' as period_kind, campaign_week as period, * from media
    union all
    select 'month', campaign_month, * from media
),

ranked as (
    select
        periods.period_kind,
        periods.period,
        rolled_up.scope,
        rolled_up.key,
        row_number() over (
            partition by periods.period_kind, periods.period, rolled_up.scope, rolled_up.key
            order by media.is_best desc, media.reach desc, media.publication_id
        ) as rank,
        media.publication_id,
        media.org_id,
        media.published_date,
        media.platform,
        media.format,
        media.reach,
        media.views,
        media.engagements,
        media.is_best,
        media.url
    from periods
    join media_in_periods as media
        on media.period_kind = periods.period_kind
        and media.period = periods.period
    join rolled_up
        on rolled_up.period_kind = periods.period_kind
        and rolled_up.period = periods.period
        and rolled_up.org_id = media.org_id
),

final as (
    select * from ranked where rank <= 10
)

select * from final
