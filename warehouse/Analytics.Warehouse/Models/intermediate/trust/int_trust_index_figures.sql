-- methodology §6: the raw figures of the trust index, summed over the group first (they are scored in
-- marts.mart_trust_index). Figures over the group's active primaries (c1, c5, members) use the registry at the
-- period's end; appeals, offline appeals and ratings are those of the group's active primaries and of its own
-- union (for the federation, of every active organisation), so numerator and denominator cover the same
-- organisations (§6).
with

periods as (select * from intermediate.int_campaign_periods where is_started),

tree as (select * from intermediate.int_organisations_in_force),

groups as (select * from intermediate.int_organisation_groups),

grouped as (select * from intermediate.int_primaries_grouped),

-- §6: a group's criteria 2-4 read only the records of its active organisations (an inactive primary adds
-- neither members nor records)
rolled_up as (select * from intermediate.int_organisations_rolled_up where is_active),

reports as (select * from intermediate.int_reports_dated),

items as (select * from intermediate.int_primaries_standard_items),

-- criteria 2 and 4 from appeals and survey answers: a model of their own, not rebuilt for a batch of reports
appeal_figures as (select * from intermediate.int_trust_appeal_figures),

medians as (select * from intermediate.int_trust_response_medians),

active_primaries as (
    select period, org_id, members from tree where level = 'primary' and is_active
),

all_groups as (
    select period, scope, key from groups
    union all
    select period, 'primary', org_id from active_primaries
),

rosters as (
    select period, scope, key, org_id, members from grouped
    union all
    select period, 'primary', org_id, org_id, members from active_primaries
),

---------- c1 and c5: the group's active primaries, reach from the latest report with period <= the period's end
latest_reach as (
    select
        active_primaries.period,
        active_primaries.org_id,
        arg_max(reports.workers_reached_total, reports.period_start) as reached
    from active_primaries
    join periods on periods.period = active_primaries.period
    join reports on reports.org_id = active_primaries.org_id and reports.period_start <= periods.period_end
    group by all
),

primary_figures as (
    select
        rosters.period,
        rosters.scope,
        rosters.key,
        count(*) as active_primaries,
        sum(rosters.members) as members,
        sum(least(rosters.members, coalesce(latest_reach.reached, 0))) as members_reached,
        count(latest_reach.org_id) as primaries_reporting,
        -- completion is a multiple of 1/5: averaged as an exact decimal, so that the mean does not depend on the
        -- order in which the threads add the doubles up (a build must give the same figures to the last bit)
        avg(items.completion::decimal(18, 9)) as completion
    from rosters
    left join latest_reach on latest_reach.period = rosters.period and latest_reach.org_id = rosters.org_id
    left join items on items.period = rosters.period and items.org_id = rosters.org_id
    group by all
),

---------- c2: the offline appeals of the period's monthly reports (appeals received: int_trust_appeal_figures)
offline_counts as (
    select
        rolled_up.period,
        rolled_up.scope,
        rolled_up.key,
        count(*) as reports,
        sum(reports.appeals_offline) as appeals_offline
    from periods
    join reports on periods.campaign_month is null or reports.campaign_month = periods.campaign_month
    join rolled_up on rolled_up.period = periods.period and rolled_up.org_id = reports.org_id
    group by all
),

months_started as (
    select count(*) as months from periods where campaign_month is not null
),

final as (
    select
        all_groups.period,
        all_groups.scope,
        all_groups.key,
        case when periods.campaign_month is null then months_started.months else 1 end as months,
        coalesce(primary_figures.active_primaries, 0) as active_primaries,
        coalesce(primary_figures.members, 0) as members,
        coalesce(primary_figures.members_reached, 0) as members_reached,
        coalesce(primary_figures.primaries_reporting, 0) as primaries_reporting,
        primary_figures.completion,
        coalesce(appeal_figures.appeals_received, 0) as appeals_received,
        coalesce(offline_counts.reports, 0) as reports,
        coalesce(offline_counts.appeals_offline, 0) as appeals_offline,
        medians.median_response_hours,
        coalesce(appeal_figures.ratings, 0) as ratings,
        coalesce(appeal_figures.ratings_sum, 0) as ratings_sum
    from all_groups
    left join primary_figures using (period, scope, key)
    left join appeal_figures using (period, scope, key)
    left join offline_counts using (period, scope, key)
    left join medians using (period, scope, key)
    join periods on periods.period = all_groups.period
    cross join months_started
)

select * from final
