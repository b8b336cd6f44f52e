-- methodology §6: the trust index's figures that come from appeals and survey answers alone (criterion 2's appeals
-- received, criterion 4's ratings), summed over the group's active organisations as in int_trust_index_figures.
-- Kept apart from the figures of monthly reports and events, so that a batch of those does not count the
-- appeals again.
with

periods as (select * from intermediate.int_campaign_periods where is_started),

-- §6: a group's criteria 2-4 read only the records of its active organisations
rolled_up as (select * from intermediate.int_organisations_rolled_up where is_active),

appeals as (select * from intermediate.int_appeals_dated),

surveys as (select * from intermediate.int_surveys_dated),

---------- c2: appeals received in the period, counted per organisation before they are summed over its groups
org_appeal_counts as (
    select periods.period, appeals.org_id, count(*) as appeals_received
    from periods
    join appeals on appeals.received_date between periods.first_day and periods.period_end
    group by all
),

appeal_counts as (
    select rolled_up.period, rolled_up.scope, rolled_up.key, sum(org_appeal_counts.appeals_received)::bigint as appeals_received
    from org_appeal_counts
    join rolled_up on rolled_up.period = org_appeal_counts.period and rolled_up.org_id = org_appeal_counts.org_id
    group by all
),

---------- c4: 1-5 ratings of appeals (dated by received_at) and of the survey (dated by answered_at)
ratings as (
    select org_id, received_date as rated_on, satisfaction from appeals where satisfaction is not null
    union all
    select org_id, answered_date, satisfaction from surveys where satisfaction is not null
),

org_rating_sums as (
    select periods.period, ratings.org_id, count(*) as ratings, sum(ratings.satisfaction) as ratings_sum
    from periods
    join ratings on ratings.rated_on between periods.first_day and periods.period_end
    group by all
),

rating_sums as (
    select
        rolled_up.period,
        rolled_up.scope,
        rolled_up.key,
        sum(org_rating_sums.ratings)::bigint as ratings,
        sum(org_rating_sums.ratings_sum) as ratings_sum
    from org_rating_sums
    join rolled_up on rolled_up.period = org_rating_sums.period and rolled_up.org_id = org_rating_sums.org_id
    group by all
),

final as (
    select
        period,
        scope,
        key,
        coalesce(appeal_counts.appeals_received, 0) as appeals_received,
        coalesce(rating_sums.ratings, 0) as ratings,
        coalesce(rating_sums.ratings_sum, 0) as ratings_sum
    from appeal_counts
    full join rating_sums using (period, scope, key)
)

select * from final
