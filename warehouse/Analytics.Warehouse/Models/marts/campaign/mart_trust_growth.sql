-- KPI F5's rule for every group (methodology §5, §6): the growth of the trust index from month 1 to the last
-- complete month, once month 2 is complete; null before, or when month 1 has no index or an index of 0.
with

trust as (select * from marts.mart_trust_index),

periods as (select * from intermediate.int_campaign_periods where campaign_month is not null),

last_complete_month as (
    select max(campaign_month) as campaign_month from periods where is_complete
),

groups as (select distinct scope, key from trust),

final as (
    select
        groups.scope,
        groups.key,
        last_complete_month.campaign_month as last_complete_month,
        first_month.index as first_index,
        last_month.index as last_index,
        case when last_complete_month.campaign_month >= 2 and first_month.index > 0 and last_month.index is not null
            then (last_month.index - first_month.index) / first_month.index
        end as growth
    from groups
    cross join last_complete_month
    left join trust as first_month
        on first_month.scope = groups.scope and first_month.key = groups.key and first_month.period = 'month-1'
    left join trust as last_month
        on last_month.scope = groups.scope and last_month.key = groups.key
        and last_month.period = 'month-' || last_complete_month.campaign_month
)

select * from final
