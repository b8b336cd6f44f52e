-- No text and no appellant key: they never leave the warehouse's staging layer (methodology §12).
with

appeals as (select * from intermediate.int_appeals_dated),

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
        first_response_at,
        resolved_at,
        batch_id,
        source_file,
        source_row
    from appeals
)

select * from final
