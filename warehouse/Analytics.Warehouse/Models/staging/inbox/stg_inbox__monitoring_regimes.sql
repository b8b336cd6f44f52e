with

source as (select * from raw.monitoring_regimes),

ranked as (
    select
        source.*,
        row_number() over (
            partition by org_id, starts, reason
            order by batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from source
),

final as (
    select
        org_id,
        starts,
        ends,
        reason,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
