-- methodology §13: a monthly report counts from the first day of its period, whatever its submitted_at.
with

reports as (select * from staging.stg_inbox__org_reports),

days as (select * from intermediate.int_campaign_days where is_to_date),

final as (
    select
        reports.*,
        days.campaign_month
    from reports
    join days on days.day = reports.period_start
)

select * from final
