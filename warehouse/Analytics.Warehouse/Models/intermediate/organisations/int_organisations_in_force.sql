-- methodology §2: the registry in force on a date is, per org_id, the version with the latest valid_from on or
-- before it; a period uses the registry in force at its end. Organisations with no version yet are absent.
with

versions as (select * from staging.stg_inbox__organisations),

periods as (select * from intermediate.int_campaign_periods where is_started),

ranked as (
    select
        periods.period,
        periods.period_end,
        versions.*,
        row_number() over (partition by periods.period, versions.org_id order by versions.valid_from desc) as version_rank
    from periods
    join versions on versions.valid_from <= periods.period_end
),

final as (
    select
        period,
        period_end,
        org_id,
        level,
        name_ru,
        name_kk,
        sector_id,
        territorial_id,
        region,
        members,
        youth_members,
        is_active,
        valid_from
    from ranked
    where version_rank = 1
)

select * from final
