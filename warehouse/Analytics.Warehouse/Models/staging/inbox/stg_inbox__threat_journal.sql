-- No source_name, author or summary: they never leave raw (methodology §12).
with

source as (select * from raw.threat_journal),

ranked as (
    select
        source.*,
        row_number() over (
            partition by entry_id
            order by batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from source
),

final as (
    select
        entry_id,
        org_id,
        detected_at,
        (detected_at + interval 5 hours)::date as detected_date,
        source_type,
        reach,
        sign,
        level,
        facts_collected_at,
        position_drafted_at,
        position_delivered_at,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
