with

source as (select * from raw.surveys),

ranked as (
    select
        source.*,
        row_number() over (
            partition by response_id
            order by batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from source
),

final as (
    select
        response_id,
        org_id,
        answered_at,
        (answered_at + interval 5 hours)::date as answered_date,
        trust,
        satisfaction,
        aware_of_results,
        age_group,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
