-- methodology §9: the best materials of each week and month, per scope: publications marked best first, then by
-- reach (larger first), then by publication_id; the first ten.
with

periods as (select * from intermediate.int_monitoring_periods),

rolled_up as (select * from intermediate.int_monitoring_rolled_up),

media as (select * from intermediate.int_media_dated),

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
    join media
        on case when periods.period_kind = 'week' then media.campaign_week else media.campaign_month end = periods.period
    join rolled_up
        on rolled_up.period_kind = periods.period_kind
        and rolled_up.period = periods.period
        and rolled_up.org_id = media.org_id
),

final as (
    select * from ranked where rank <= 10
)

select * from final
