-- The barometer's appeals (methodology §8, §13): received from the campaign's first day to the cut-off, with the
-- topic of int_appeals_topics and what was known at the cut-off. A response or a resolution counts only if it falls
-- before 00:00 local time on the day after the cut-off; satisfaction counts by received_at, even if the answer came
-- later.
with

appeals as (select * from staging.stg_inbox__appeals),

topics as (select * from intermediate.int_appeals_topics),

days as (select * from intermediate.int_campaign_days where is_to_date),

build as (select * from config.build),

known as (
    select
        appeals.*,
        (build.cutoff + interval 1 day) - interval 5 hours as known_before
    from appeals
    cross join build
),

final as (
    select
        known.appeal_id,
        known.org_id,
        known.received_date,
        days.campaign_week,
        days.campaign_month,
        topics.topic,
        topics.given_topic is not null as has_given_topic,
        topics.is_classified,
        topics.has_text,
        topics.text_script,
        known.kind,
        known.channel,
        known.status,
        known.satisfaction,
        -- §13: resolved or explained, with resolved_at (when present) by the cut-off
        known.status in ('resolved', 'explained')
            and (known.resolved_at is null or known.resolved_at < known.known_before) as is_resolved,
        case
            when known.first_response_at < known.known_before
                then (epoch_ms(known.first_response_at) - epoch_ms(known.received_at)) / 3600000
        end as response_hours
    from known
    join days on days.day = known.received_date
    join topics using (appeal_id)
)

select * from final
