-- methodology §3: a case counts from its submitted_at date (local), only when published in its winning
-- version, and never when submitted before the campaign's first day.
with

cases as (select * from staging.stg_inbox__cases),

days as (select * from intermediate.int_campaign_days where is_to_date),

final as (
    select
        cases.case_id,
        cases.org_id,
        cases.category,
        cases.title,
        cases.problem,
        cases.actions,
        cases.result,
        cases.workers_helped,
        cases.amount_kzt,
        cases.decided_at,
        cases.is_best_practice,
        cases.submitted_date,
        days.campaign_month,
        days.campaign_week,
        cases.batch_id,
        cases.source_file,
        cases.source_row
    from cases
    join days on days.day = cases.submitted_date
    where cases.status = 'published'
)

select * from final
