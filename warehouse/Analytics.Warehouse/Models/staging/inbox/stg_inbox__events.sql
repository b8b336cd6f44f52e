with

events as not materialized (select * from raw.events),

-- An id delivered once is its own latest version; only the ids delivered again are ranked, since a window over
-- every row sorts them all.
delivered_again as (select event_id from events group by event_id having count(*) > 1),

latest_of_delivered_again as (
    select *
    from events semi join delivered_again using (event_id)
    qualify row_number() over (
        partition by event_id
        order by submitted_at desc nulls last, batch_id desc, source_file desc, source_row desc
    ) = 1
),

latest as (
    select * from events anti join delivered_again using (event_id)
    union all
    select * from latest_of_delivered_again
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
    from latest
)

select * from final
