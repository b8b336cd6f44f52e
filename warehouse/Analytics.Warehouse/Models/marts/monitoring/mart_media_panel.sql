-- methodology §9: per campaign week and month, for the federation, sector unions, territorial associations and
-- regions, per platform: publications, videos (format video), and the sums of reach, views and engagements over
-- the values present (null when none is). A platform gets a row only where it has a publication. Each period uses
-- the registry in force at its end; a period in progress runs to the cut-off.
with

periods as (select * from intermediate.int_monitoring_periods),

rolled_up as (select * from intermediate.int_monitoring_rolled_up),

media as (select * from intermediate.int_media_dated),

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
    join media
        on case when periods.period_kind = 'week' then media.campaign_week else media.campaign_month end = periods.period
    join rolled_up
        on rolled_up.period_kind = periods.period_kind
        and rolled_up.period = periods.period
        and rolled_up.org_id = media.org_id
    group by all
)

select * from final
