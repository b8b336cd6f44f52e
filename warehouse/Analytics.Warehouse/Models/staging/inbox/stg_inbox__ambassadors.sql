with

source as (select * from raw.ambassadors),

ranked as (
    select
        source.*,
        row_number() over (
            partition by ambassador_id
            order by batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from source
),

final as (
    select
        ambassador_id,
        org_id,
        category,
        joined_at,
        publications,
        events_organised,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
