-- Quarantined rows without their values: which dataset, file and rule. The values stay in raw.quarantine.
with

quarantine as (select * from raw.quarantine),

final as (
    select
        batch_id,
        dataset,
        source_file,
        source_row,
        reason_code
    from quarantine
)

select * from final
