with

events as (select * from intermediate.int_events_dated),

final as (
    select
        event_id,
        org_id,
        event_type,
        event_date,
        campaign_month,
        campaign_week,
        participants,
        youth_participants
    from events
)

select * from final
