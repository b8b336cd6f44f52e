-- The files the warehouse's figures are made from, for the manifests beside every report.
with

files as (select * from staging.stg_loader__files),

final as (select * from files)

select * from final
