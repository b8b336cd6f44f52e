-- Events that count: dated from the campaign's first day to the cut-off (methodology §1), with their week.
with

events as (select * from staging.stg_inbox__events),

days as (select * from intermediate.int_campaign_days where is_to_date),

final as (
    select
        events.event_id,
        events.org_id,
        events.event_type,
        events.title,
        events.event_date,
        days.campaign_month,
        days.campaign_week,
        events.participants,
        events.youth_participants,
        events.batch_id,
        events.source_file,
        events.source_row
    from events
    join days on days.day = events.event_date
)

select * from final
