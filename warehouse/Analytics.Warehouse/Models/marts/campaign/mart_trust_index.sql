-- methodology §6: each criterion scored 1-10 from the group's summed raw figures (intermediate
-- int_trust_index_figures); a missing criterion is null. With 3 or more present, index = sum × 5 / present (0-50,
-- kept exact). Thresholds are compared after rounding to 9 decimals (§1); the band takes the index rounded half
-- away from zero to a whole number (40.5 → 41), and 20 itself falls in the last band.
with

figures as (select * from intermediate.int_trust_index_figures),

targets as (
    select
        coalesce(max(value) filter (where key = 'trust_index.c1_full_at_share'), 0.7)::double as c1_full_at_share,
        coalesce(max(value) filter (where key = 'trust_index.c2_full_at_per_100'), 2.0)::double as c2_full_at_per_100,
        coalesce(max(value) filter (where key = 'trust_index.c3_full_hours'), 24)::double as c3_full_hours,
        coalesce(max(value) filter (where key = 'trust_index.c3_floor_hours'), 360)::double as c3_floor_hours,
        coalesce(max(value) filter (where key = 'trust_index.band_high_from'), 41)::double as band_high_from,
        coalesce(max(value) filter (where key = 'trust_index.band_stable_from'), 31)::double as band_stable_from,
        coalesce(max(value) filter (where key = 'trust_index.band_strengthen_from'), 21)::double as band_strengthen_from
    from config.targets
),

---------- raw figures: r (share reached), a (appeals per 100 members a month), h (median hours), s (mean rating)
raw as (
    select
        figures.period,
        figures.scope,
        figures.key,
        -- §6 and §13: c1 needs a report by the period's end, c1 and c2 a group with members
        case when figures.primaries_reporting > 0 and figures.members > 0
            then figures.members_reached / figures.members end as r,
        case when (figures.appeals_received > 0 or figures.reports > 0) and figures.members > 0
            then 100 * (figures.appeals_received + figures.appeals_offline) / figures.members / figures.months end as a,
        figures.median_response_hours as h,
        case when figures.ratings > 0 then figures.ratings_sum / figures.ratings end as s,
        figures.completion as c
    from figures
),

scored as (
    select
        raw.period,
        raw.scope,
        raw.key,
        case when round(raw.r / targets.c1_full_at_share, 9) >= 1 then 10
            else 1 + 9 * raw.r / targets.c1_full_at_share end::double as c1,
        case when round(raw.a / targets.c2_full_at_per_100, 9) >= 1 then 10
            else 1 + 9 * raw.a / targets.c2_full_at_per_100 end::double as c2,
        case
            when raw.h is null then null
            when round(raw.h, 9) <= targets.c3_full_hours then 10
            when round(raw.h, 9) >= targets.c3_floor_hours then 1
            else 10 - 9 * (raw.h - targets.c3_full_hours) / (targets.c3_floor_hours - targets.c3_full_hours)
        end::double as c3,
        1 + 9 * (raw.s - 1) / 4 as c4,
        1 + 9 * raw.c as c5,
        targets.band_high_from,
        targets.band_stable_from,
        targets.band_strengthen_from
    from raw
    cross join targets
),

counted as (
    select
        scored.*,
        (c1 is not null)::int + (c2 is not null)::int + (c3 is not null)::int + (c4 is not null)::int
            + (c5 is not null)::int as criteria_present
    from scored
),

with_index as (
    select
        scope,
        key,
        period,
        c1,
        c2,
        c3,
        c4,
        c5,
        criteria_present,
        case when criteria_present >= 3
            then (coalesce(c1, 0) + coalesce(c2, 0) + coalesce(c3, 0) + coalesce(c4, 0) + coalesce(c5, 0)) * 5 / criteria_present
        end as index,
        band_high_from,
        band_stable_from,
        band_strengthen_from
    from counted
),

-- round(x, 0) of a double rounds half away from zero
final as (
    select
        with_index.scope,
        with_index.key,
        with_index.period,
        with_index.c1,
        with_index.c2,
        with_index.c3,
        with_index.c4,
        with_index.c5,
        with_index.criteria_present,
        with_index.index,
        case
            when index is null then null
            when round(round(index, 9), 0) >= band_high_from then 'high'
            when round(round(index, 9), 0) >= band_stable_from then 'stable'
            when round(round(index, 9), 0) >= band_strengthen_from then 'strengthen'
            else 'attention'
        end as band,
        raw.r as reach_share,
        raw.a as appeals_per_100_members,
        figures.months,
        figures.active_primaries,
        figures.members,
        figures.members_reached,
        figures.primaries_reporting,
        figures.completion,
        figures.appeals_received,
        figures.appeals_offline,
        case when not isinf(figures.median_response_hours) then figures.median_response_hours end as median_response_hours,
        coalesce(isinf(figures.median_response_hours), false) as is_median_unanswered,
        figures.ratings,
        case when figures.ratings > 0 then figures.ratings_sum / figures.ratings end as mean_satisfaction
    from with_index
    join figures using (period, scope, key)
    join raw using (period, scope, key)
)

select * from final
