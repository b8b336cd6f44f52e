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

---------- c2: appeals received in the period
appeal_counts as (
    select rolled_up.period, rolled_up.scope, rolled_up.key, count(*) as appeals_received
    from periods
    join appeals on appeals.received_date between periods.first_day and periods.period_end
    join rolled_up on rolled_up.period = periods.period and rolled_up.org_id = appeals.org_id
    group by all
),

---------- c4: 1-5 ratings of appeals (dated by received_at) and of the survey (dated by answered_at)
ratings as (
    select org_id, received_date as rated_on, satisfaction from appeals where satisfaction is not null
    union all
    select org_id, answered_date, satisfaction from surveys where satisfaction is not null
),

rating_sums as (
    select
        rolled_up.period,
        rolled_up.scope,
        rolled_up.key,
        count(*) as ratings,
        sum(ratings.satisfaction) as ratings_sum
    from periods
    join ratings on ratings.rated_on between periods.first_day and periods.period_end
    join rolled_up on rolled_up.period = periods.period and rolled_up.org_id = ratings.org_id
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
