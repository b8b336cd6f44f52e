-- Data quality (methodology §11): the quarantined rows by dataset and rule, and how many files they came from.
with

quarantine as (select * from staging.stg_loader__quarantine),

final as (
    select
        dataset,
        reason_code,
        count(*) as rows_quarantined,
        count(distinct source_file) as files
    from quarantine
    group by all
)

select * from final
