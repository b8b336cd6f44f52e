-- Registry versions: one per (org_id, valid_from), the latest delivery winning (input contract, re-delivery).
with

organisations as (select * from raw.organisations),

campaign as (select * from config.campaign),

versioned as (
    select
        organisations.*,
        coalesce(organisations.valid_from, campaign.start_month) as effective_from,
        row_number() over (
            partition by organisations.org_id, coalesce(organisations.valid_from, campaign.start_month)
            order by organisations.batch_id desc, organisations.source_file desc, organisations.source_row desc
        ) as delivery_rank
    from organisations
    cross join campaign
),

final as (
    select
        org_id,
        level,
        name_ru,
        name_kk,
        bin,
        sector_id,
        territorial_id,
        region,
        members,
        youth_members,
        effective_from as valid_from,
        coalesce(active, true) as is_active,
        batch_id,
        source_file,
        source_row
    from versioned
    where delivery_rank = 1
)

select * from final
