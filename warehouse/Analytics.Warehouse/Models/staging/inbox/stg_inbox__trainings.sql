with

source as (select * from raw.trainings),

ranked as (
    select
        source.*,
        row_number() over (
            partition by training_id
            order by batch_id desc, source_file desc, source_row desc
        ) as delivery_rank
    from source
),

final as (
    select
        training_id,
        org_id,
        "date" as training_date,
        topic,
        trainees,
        youth_trainees,
        batch_id,
        source_file,
        source_row
    from ranked
    where delivery_rank = 1
)

select * from final
