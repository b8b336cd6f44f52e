with

cases as (select * from raw.cases),

ranked as (
    select
        cases.*,
        row_number() over (
            partition by case_id
            order by submitted_at desc nulls last, batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from cases
),

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
        status,
        coalesce(best_practice, false) as is_best_practice,
        submitted_at,
        (submitted_at + interval 5 hours)::date as submitted_date,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
