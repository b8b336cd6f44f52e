-- methodology §10: the days the traffic light is computed as of. The history's: the last day of every campaign week
-- started by the cut-off, or the cut-off for the week in progress. The light's: the cut-off, which is one of those
-- unless the cut-off falls after the campaign (then it is a day of its own, with no week).
with

days as (select * from intermediate.int_campaign_days),

build as (select * from config.build),

week_ends as (
    select
        days.campaign_week,
        least(max(days.day), any_value(build.cutoff)) as as_of,
        max(days.day) <= any_value(build.cutoff) as is_week_complete
    from days
    cross join build
    group by days.campaign_week
    having min(days.day) <= any_value(build.cutoff)
),

after_the_campaign as (
    select null::bigint as campaign_week, build.cutoff as as_of, null::boolean as is_week_complete
    from build
    where build.cutoff > (select max(day) from days)
),

final as (
    select week_ends.*, week_ends.as_of = build.cutoff as is_cutoff
    from week_ends
    cross join build
    union all
    select after_the_campaign.*, true as is_cutoff
    from after_the_campaign
)

select * from final
