with

source as (select * from raw.media),

ranked as (
    select
        source.*,
        row_number() over (
            partition by publication_id
            order by batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from source
),

final as (
    select
        publication_id,
        org_id,
        published_at,
        (published_at + interval 5 hours)::date as published_date,
        platform,
        format,
        project,
        reach,
        views,
        engagements,
        url,
        coalesce(best, false) as is_best,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
