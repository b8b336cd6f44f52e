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

-- quantile_disc(…, 0.5) is the lower middle value (position (n + 1) // 2), the same taken of the negated hours the
-- upper middle (position n // 2 + 1): the same one for an odd n, the two middle ones for an even n. A selection per
-- group, without sorting every group's appeals.
middles as (
    select
        period,
        scope,
        key,
        count(*) as appeals,
        quantile_disc(coalesce(response_hours, 'infinity'::double), 0.5) as lower_middle,
        -quantile_disc(-coalesce(response_hours, 'infinity'::double), 0.5) as upper_middle
    from in_period
    group by all
),

final as (
    select
        period,
        scope,
        key,
        appeals,
        case when upper_middle = 'infinity'::double then upper_middle else (lower_middle + upper_middle) / 2 end as median_response_hours
    from middles
)

select * from final
