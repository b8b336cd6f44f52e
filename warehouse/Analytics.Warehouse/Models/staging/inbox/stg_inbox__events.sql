with

events as (select * from raw.events),

ranked as (
    select
        events.*,
        row_number() over (
            partition by event_id
            order by submitted_at desc nulls last, batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from events
),

final as (
    select
        event_id,
        org_id,
        type as event_type,
        "date" as event_date,
        participants,
        youth_participants,
        title,
        format,
        submitted_at,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
