-- Appeals received from the campaign's first day to the cut-off (methodology §1). A milestone counts only if it
-- falls before 00:00 local time on the day after the cut-off (§13); otherwise it has not happened yet, and an
-- appeal without a first response by then is unanswered (response_hours null).
with

appeals as (select * from staging.stg_inbox__appeals),

days as (select * from intermediate.int_campaign_days where is_to_date),

build as (select * from config.build),

known as (
    select
        appeals.*,
        days.campaign_month,
        days.campaign_week,
        (build.cutoff + interval 1 day) - interval 5 hours as known_until
    from appeals
    join days on days.day = appeals.received_date
    cross join build
),

final as (
    select
        appeal_id,
        org_id,
        received_at,
        received_date,
        campaign_month,
        campaign_week,
        channel,
        kind,
        topic,
        status,
        satisfaction,
        is_member,
        age_group,
        case when first_response_at < known_until then first_response_at end as first_response_at,
        case when resolved_at < known_until then resolved_at end as resolved_at,
        case
            when first_response_at < known_until
                then (epoch_ms(first_response_at) - epoch_ms(received_at)) / 3600000
        end as response_hours,
        batch_id,
        source_file,
        source_row
    from known
)

select * from final
