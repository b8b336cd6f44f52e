-- No text and no appellant key: they never leave the warehouse's staging layer (methodology §12).
with

appeals as (select * from staging.stg_inbox__appeals),

days as (select * from intermediate.int_campaign_days where is_to_date),

build as (select * from config.build),

final as (
    select
        appeals.appeal_id,
        appeals.org_id,
        appeals.received_at,
        appeals.received_date,
        days.campaign_month,
        days.campaign_week,
        appeals.channel,
        appeals.kind,
        appeals.topic,
        appeals.status,
        appeals.satisfaction,
        appeals.is_member,
        appeals.age_group,
        -- methodology §1: a milestone counts only if it falls before local midnight after the cut-off day.
        case when appeals.first_response_at < (build.cutoff + interval 1 day) - interval 5 hours then appeals.first_response_at end as first_response_at,
        case when appeals.resolved_at < (build.cutoff + interval 1 day) - interval 5 hours then appeals.resolved_at end as resolved_at
    from appeals
    join days on days.day = appeals.received_date
    cross join build
)

select * from final
