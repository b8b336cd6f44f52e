-- Publications from the campaign's first day to the cut-off (methodology §1, §9), dated by their local day.
with

media as (select * from staging.stg_inbox__media),

days as (select * from intermediate.int_campaign_days where is_to_date),

final as (
    select
        media.publication_id,
        media.org_id,
        media.published_at,
        media.published_date,
        days.campaign_week,
        days.campaign_month,
        media.platform,
        media.format,
        media.project,
        media.reach,
        media.views,
        media.engagements,
        media.url,
        media.is_best
    from media
    join days on days.day = media.published_date
)

select * from final
