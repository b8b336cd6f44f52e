-- methodology §2: the registry in force on a date is, per org_id, the version with the latest valid_from on or
-- before it; a period uses the registry in force at its end. Organisations with no version yet are absent.
with

versions as (select * from staging.stg_inbox__organisations),

periods as (select * from intermediate.int_campaign_periods where is_started),

-- each version is in force from its valid_from until the organisation's next version (valid_from is unique per
-- org_id), so a period meets exactly the one in force at its end, without ranking every earlier version
spans as (
    select
        *,
        coalesce(lead(valid_from) over (partition by org_id order by valid_from), date '9999-12-31') as valid_until
    from versions
),

final as (
    select
        periods.period,
        periods.period_end,
        spans.org_id,
        spans.level,
        spans.name_ru,
        spans.name_kk,
        spans.sector_id,
        spans.territorial_id,
        spans.region,
        spans.members,
        spans.youth_members,
        spans.is_active,
        spans.valid_from
    from periods
    join spans on spans.valid_from <= periods.period_end and periods.period_end < spans.valid_until
)

select * from final
