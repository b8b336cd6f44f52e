-- KPI F5's rule for every group (methodology §5, §6): the growth of the trust index from month 1 to each complete
-- month from month 2 on; null for month 1, or when month 1 has no index or an index of 0. F5 is the federation's
-- row of the last complete month; a monthly report shows the row of its own month.
with

trust as (select * from marts.mart_trust_index),

periods as (select * from intermediate.int_campaign_periods where campaign_month is not null),

complete_months as (select campaign_month as month from periods where is_complete),

groups as (select distinct scope, key from trust),

final as (
    select
        groups.scope,
        groups.key,
        complete_months.month,
        first_month.index as first_index,
        this_month.index as month_index,
        case when complete_months.month >= 2 and first_month.index > 0 and this_month.index is not null
            then (this_month.index - first_month.index) / first_month.index
        end as growth
    from groups
    cross join complete_months
    left join trust as first_month
        on first_month.scope = groups.scope and first_month.key = groups.key and first_month.period = 'month-1'
    left join trust as this_month
        on this_month.scope = groups.scope and this_month.key = groups.key
        and this_month.period = 'month-' || complete_months.month
)

select * from final
