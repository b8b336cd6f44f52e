with

events as (select * from intermediate.int_events_dated),

final as (
    select
        event_id,
        org_id,
        event_type,
        title,
        event_date,
        campaign_month,
        campaign_week,
        participants,
        youth_participants,
        batch_id,
        source_file,
        source_row
    from events
)

select * from final
