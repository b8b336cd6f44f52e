with

days as (select * from intermediate.int_campaign_days),

final as (
    select day, campaign_month, campaign_week, is_to_date from days
)

select * from final
