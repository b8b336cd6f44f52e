-- The files the warehouse's figures are made from, for the manifests beside every report.
with

files as (select * from staging.stg_loader__files),

final as (
    select
        batch_id,
        file_name,
        dataset,
        sha256,
        rows_read,
        rows_loaded,
        rows_quarantined
    from files
)

select * from final
