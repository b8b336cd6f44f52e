-- Timestamps are UTC; *_date columns are local dates at UTC+05:00 (methodology §1).
with

appeals as not materialized (select * from raw.appeals),

-- An id delivered once is its own latest version; only the ids delivered again are ranked, since a window over
-- every row sorts them all.
delivered_again as (select appeal_id from appeals group by appeal_id having count(*) > 1),

latest_of_delivered_again as (
    select *
    from appeals semi join delivered_again using (appeal_id)
    qualify row_number() over (
        partition by appeal_id
        order by updated_at desc nulls last, batch_id desc, source_file desc, source_row desc
    ) = 1
),

latest as (
    select * from appeals anti join delivered_again using (appeal_id)
    union all
    select * from latest_of_delivered_again
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
        batch_id,
        source_file,
        source_row
    from latest
)

select * from final
