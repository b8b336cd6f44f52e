-- The campaign as the build saw it (methodology §1): its calendar, the cut-off every figure runs to, and where the
-- cut-off falls in it. Reports read their calendar from here.
with

campaign as (select * from config.campaign),

build as (select * from config.build),

days as (select * from intermediate.int_campaign_days),

final as (
    select
        campaign.name_ru,
        campaign.name_kk,
        campaign.start_month as first_day,
        (select max(day) from days) as last_day,
        campaign.months,
        (select max(campaign_week) from days) as weeks,
        campaign.large_primary_min_members,
        build.cutoff,
        (select campaign_week from days where day = build.cutoff) as cutoff_week
    from campaign
    cross join build
)

select * from final
