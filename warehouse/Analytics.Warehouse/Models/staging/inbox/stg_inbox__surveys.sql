with

source as not materialized (select * from raw.surveys),

-- An id delivered once is its own latest version; only the ids delivered again are ranked, since a window over
-- every row sorts them all.
delivered_again as (select response_id from source group by response_id having count(*) > 1),

latest_of_delivered_again as (
    select *
    from source semi join delivered_again using (response_id)
    qualify row_number() over (
        partition by response_id
        order by batch_id desc, source_file desc, source_row desc
    ) = 1
),

latest as (
    select * from source anti join delivered_again using (response_id)
    union all
    select * from latest_of_delivered_again
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
    from latest
)

select * from final
