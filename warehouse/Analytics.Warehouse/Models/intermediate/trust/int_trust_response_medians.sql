-- methodology §6, criterion 3: the median hours from receipt to first response over the appeals received in the
-- period, per group. An appeal unanswered by the cut-off is infinitely slow: it sorts last. With an even count
-- the median is the mean of the two middle values, infinite if either is.
with

periods as (select * from intermediate.int_campaign_periods where is_started),

appeals as (select * from intermediate.int_appeals_dated),

-- §6: a group's criteria 2-4 read only the records of its active organisations (an inactive primary adds
-- neither members nor records)
rolled_up as (select * from intermediate.int_organisations_rolled_up where is_active),

in_period as (
    select
        rolled_up.period,
        rolled_up.scope,
        rolled_up.key,
        appeals.response_hours
    from periods
    join appeals on appeals.received_date between periods.first_day and periods.period_end
    join rolled_up on rolled_up.period = periods.period and rolled_up.org_id = appeals.org_id
),

ordered as (
    select
        in_period.*,
        row_number() over (partition by period, scope, key order by response_hours asc nulls last) as position,
        count(*) over (partition by period, scope, key) as appeals
    from in_period
),

-- positions (n + 1) // 2 and n // 2 + 1: the same one for an odd n, the two middle ones for an even n
middles as (
    select
        period,
        scope,
        key,
        appeals,
        count(response_hours) = count(*) as middles_answered,
        avg(response_hours) as middles_mean
    from ordered
    where position in ((appeals + 1) // 2, appeals // 2 + 1)
    group by all
),

final as (
    select
        period,
        scope,
        key,
        appeals,
        case when middles_answered then middles_mean else 'infinity'::double end as median_response_hours
    from middles
)

select * from final
