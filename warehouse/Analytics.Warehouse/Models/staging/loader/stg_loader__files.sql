-- The files the loader took in (raw.load_journal, status loaded): what every report's manifest names as its inputs.
with

journal as (select * from raw.load_journal),

final as (
    select
        batch_id,
        file_name,
        dataset,
        sha256,
        rows_read,
        rows_loaded,
        rows_quarantined
    from journal
    where status = 'loaded'
)

select * from final
