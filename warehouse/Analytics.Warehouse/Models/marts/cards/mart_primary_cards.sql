-- The card of every active primary for every started campaign month (issue 13): its minimum standard to the month's
-- end (§3), completion and map colour (§4), the month's events and monthly report, its trust
-- index of the month (§6) and its rank in the primaries' rating within its sector union (§7, campaign to date at the
-- cut-off, the only period the rating has). The registry is the one in force at the month's end (or the cut-off).
-- Counts of appeals and ratings are exact here; reports show 1 to 4 as "<5" (§12).
with

periods as (select * from intermediate.int_campaign_periods where is_started and campaign_month is not null),

tree as (select * from intermediate.int_organisations_in_force),

items as (select * from intermediate.int_primaries_standard_items),

events as (select * from intermediate.int_events_dated),

reports as (select * from intermediate.int_reports_dated),

trust as (select * from marts.mart_trust_index where scope = 'primary'),

ratings as (select * from marts.mart_ratings where rating = 'primary'),

colours as (select * from intermediate.int_map_colours where scope = 'primary'),

primaries as (
    select periods.period, periods.campaign_month as month, tree.*
    from periods
    join tree on tree.period = periods.period
    where tree.level = 'primary' and tree.is_active
),

month_events as (
    select org_id, campaign_month as month, count(*) as events, coalesce(sum(participants), 0) as participants
    from events
    group by all
),

sector_ranks as (
    select
        primaries.period,
        primaries.org_id,
        row_number() over (partition by primaries.period, primaries.sector_id order by ratings.rank) as sector_rank,
        count(*) over (partition by primaries.period, primaries.sector_id) as sector_ranked
    from primaries
    join ratings on ratings.key = primaries.org_id
    where ratings.rank is not null
),

final as (
    select
        primaries.month,
        primaries.org_id,
        primaries.name_ru,
        primaries.name_kk,
        primaries.sector_id,
        primaries.territorial_id,
        primaries.region,
        primaries.members,
        items.unified_day,
        items.meeting,
        items.help_story,
        items.legal_aid_day,
        items.because_action,
        items.unified_day::int + items.meeting::int + items.help_story::int + items.legal_aid_day::int
            + items.because_action::int as items_met,
        items.completion,
        colours.colour,
        coalesce(month_events.events, 0) as events,
        coalesce(month_events.participants, 0) as participants,
        month_events.events is not null as participates,
        reports.org_id is not null as report_arrived,
        trust.c1,
        trust.c2,
        trust.c3,
        trust.c4,
        trust.c5,
        trust.criteria_present,
        trust.index as trust_index,
        trust.band,
        trust.reach_share,
        trust.appeals_per_100_members,
        trust.appeals_received,
        trust.appeals_offline,
        trust.median_response_hours,
        trust.is_median_unanswered,
        trust.ratings,
        trust.mean_satisfaction,
        sector_ranks.sector_rank,
        sector_ranks.sector_ranked,
        ratings.score as rating_score
    from primaries
    join items on items.period = primaries.period and items.org_id = primaries.org_id
    join colours on colours.period = primaries.period and colours.key = primaries.org_id
    join trust on trust.period = primaries.period and trust.key = primaries.org_id
    left join month_events on month_events.org_id = primaries.org_id and month_events.month = primaries.month
    left join reports on reports.org_id = primaries.org_id and reports.campaign_month = primaries.month
    left join ratings on ratings.key = primaries.org_id
    left join sector_ranks on sector_ranks.period = primaries.period and sector_ranks.org_id = primaries.org_id
)

select * from final
