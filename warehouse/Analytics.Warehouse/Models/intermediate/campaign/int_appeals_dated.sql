-- Appeals received from the campaign's first day to the cut-off (methodology §1), with the hours from receipt to
-- the first response. A response counts only if it falls before 00:00 local time on the day after the cut-off
-- (§13, the rule fct_appeals applies); otherwise the appeal is unanswered and response_hours is null.
with

appeals as (select * from staging.stg_inbox__appeals),

days as (select * from intermediate.int_campaign_days where is_to_date),

build as (select * from config.build),

final as (
    select
        appeals.appeal_id,
        appeals.org_id,
        appeals.received_at,
        appeals.received_date,
        days.campaign_month,
        appeals.satisfaction,
        case
            when appeals.first_response_at < (build.cutoff + interval 1 day) - interval 5 hours
                then (epoch_ms(appeals.first_response_at) - epoch_ms(appeals.received_at)) / 3600000
        end as response_hours
    from appeals
    join days on days.day = appeals.received_date
    cross join build
)

select * from final
