-- methodology §11: per started month, the share of active primaries (registry at the month's end or the
-- cut-off) that have that month's report.
with

periods as (select * from intermediate.int_campaign_periods where is_started and campaign_month is not null),

groups as (select * from intermediate.int_organisation_groups),

grouped as (select * from intermediate.int_primaries_grouped),

reports as (select * from intermediate.int_reports_dated),

final as (
    select
        periods.campaign_month as month,
        groups.scope,
        groups.key,
        count(grouped.org_id) as active_primaries,
        count(reports.org_id) as reported,
        case when count(grouped.org_id) > 0 then count(reports.org_id) / count(grouped.org_id) end as share
    from periods
    join groups on groups.period = periods.period
    left join grouped on grouped.period = groups.period and grouped.scope = groups.scope and grouped.key = groups.key
    left join reports on reports.org_id = grouped.org_id and reports.campaign_month = periods.campaign_month
    group by all
)

select * from final
