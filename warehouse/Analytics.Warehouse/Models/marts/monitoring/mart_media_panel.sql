-- methodology §9: per campaign week and month, for the federation, sector unions, territorial associations and
-- regions, per platform: publications, videos (format video), and the sums of reach, views and engagements over
-- the values present (null when none is). A platform gets a row only where it has a publication. Each period uses
-- the registry in force at its end; a period in progress runs to the cut-off.
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

final as (
    select
        periods.period_kind,
        periods.period,
        rolled_up.scope,
        rolled_up.key,
        media.platform,
        count(*) as publications,
        count(*) filter (where media.format = 'video') as videos,
        sum(media.reach)::bigint as reach,
        sum(media.views)::bigint as views,
        sum(media.engagements)::bigint as engagements
    from periods
    join media_in_periods as media
        on media.period_kind = periods.period_kind
        and media.period = periods.period
    join rolled_up
        on rolled_up.period_kind = periods.period_kind
        and rolled_up.period = periods.period
        and rolled_up.org_id = media.org_id
    group by all
)

select * from final
