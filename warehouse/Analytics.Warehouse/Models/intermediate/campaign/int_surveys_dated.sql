-- Survey answers given from the campaign's first day to the cut-off (local date of answered_at, methodology §1).
with

surveys as (select * from staging.stg_inbox__surveys),

days as (select * from intermediate.int_campaign_days where is_to_date),

final as (
    select
        surveys.response_id,
        surveys.org_id,
        surveys.answered_date,
        days.campaign_month,
        surveys.trust,
        surveys.satisfaction,
        surveys.aware_of_results
    from surveys
    join days on days.day = surveys.answered_date
)

select * from final
