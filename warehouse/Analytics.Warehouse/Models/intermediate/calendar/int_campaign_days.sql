-- methodology §1: month k is the k-th calendar month; days 1-7, 8-14, 15-21 and 22 to the end are its four weeks.
with

campaign as (select * from config.campaign),

build as (select * from config.build),

days as (
    select unnest(generate_series(
        campaign.start_month,
        (campaign.start_month + to_months(campaign.months) - interval 1 day)::date,
        interval 1 day))::date as day
    from campaign
),

final as (
    select
        days.day,
        datediff('month', campaign.start_month, days.day) + 1 as campaign_month,
        4 * datediff('month', campaign.start_month, days.day)
            + case when day(days.day) <= 7 then 1 when day(days.day) <= 14 then 2 when day(days.day) <= 21 then 3 else 4 end
            as campaign_week,
        days.day <= build.cutoff as is_to_date
    from days
    cross join campaign
    cross join build
)

select * from final
