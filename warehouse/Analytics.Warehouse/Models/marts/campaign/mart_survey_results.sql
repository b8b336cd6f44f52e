-- The members' survey, reported on its own (methodology §6: its trust answer is no criterion): answers dated within
-- the campaign up to the cut-off, campaign to date per group (an answer counts for the groups of its organisation's
-- version at the cut-off), and per month for the federation. Aggregates only: no row is a single primary (§12).
with

answers as (select * from intermediate.int_surveys_dated),

rolled_up as (
    select * from intermediate.int_organisations_rolled_up
    where period = 'to-date' and scope in ('federation', 'sector', 'territorial')
),

grouped as (
    select rolled_up.scope, rolled_up.key, answers.campaign_month, answers.trust, answers.satisfaction, answers.aware_of_results
    from answers
    join rolled_up using (org_id)
),

to_date as (
    select
        'to-date' as period,
        scope,
        key,
        count(*) as responses,
        avg(trust) as mean_trust,
        avg(satisfaction) as mean_satisfaction,
        avg(case when aware_of_results then 1.0 when not aware_of_results then 0.0 end) as aware_share
    from grouped
    group by all
),

by_month as (
    select
        'month-' || campaign_month,
        scope,
        key,
        count(*),
        avg(trust),
        avg(satisfaction),
        avg(case when aware_of_results then 1.0 when not aware_of_results then 0.0 end)
    from grouped
    where scope = 'federation'
    group by all
),

final as (
    select * from to_date
    union all
    select * from by_month
)

select * from final
