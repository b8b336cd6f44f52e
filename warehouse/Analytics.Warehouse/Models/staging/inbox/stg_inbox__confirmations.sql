-- confirmed_by stays in raw (methodology §12). A re-delivered confirmation_id keeps its latest version; which
-- confirmation of a union's month is in force at a cut-off is decided downstream.
with

confirmations as (select * from raw.confirmations),

ranked as (
    select
        confirmations.*,
        row_number() over (
            partition by confirmation_id
            order by confirmed_at desc, batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from confirmations
),

final as (
    select
        confirmation_id,
        org_id,
        period,
        strptime(period || '-01', '%Y-%m-%d')::date as period_start,
        status,
        confirmed_at,
        (confirmed_at + interval 5 hours)::date as confirmed_date,
        comment,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
