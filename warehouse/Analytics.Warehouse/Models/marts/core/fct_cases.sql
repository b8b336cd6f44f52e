with

cases as (select * from intermediate.int_cases_counted),

final as (
    select
        case_id,
        org_id,
        category,
        title,
        problem,
        actions,
        result,
        workers_helped,
        amount_kzt,
        decided_at,
        is_best_practice,
        submitted_date,
        campaign_month,
        campaign_week,
        batch_id,
        source_file,
        source_row
    from cases
)

select * from final
