-- Timestamps are UTC; *_date columns are local dates at UTC+05:00 (methodology §1).
with

appeals as (select * from raw.appeals),

ranked as (
    select
        appeals.*,
        row_number() over (
            partition by appeal_id
            order by updated_at desc nulls last, batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from appeals
),

final as (
    select
        appeal_id,
        org_id,
        received_at,
        (received_at + interval 5 hours)::date as received_date,
        channel,
        kind,
        topic,
        text,
        first_response_at,
        resolved_at,
        status,
        satisfaction,
        is_member,
        age_group,
        appellant_key,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
