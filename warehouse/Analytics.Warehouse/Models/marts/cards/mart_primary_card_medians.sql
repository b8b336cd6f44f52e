-- What a primary's card prints beside its own figures (issue 13): the medians over the active primaries of its sector
-- union and of its region, per started month. An even count takes the mean of the two middle values; a primary
-- without a trust index (or a criterion) is left out of that figure's median.
with

cards as (select * from marts.mart_primary_cards),

memberships as (
    select month, 'sector' as scope, sector_id as key, completion, events, trust_index, c1, c2, c3, c4, c5
    from cards
    where sector_id is not null
    union all
    select month, 'region', region, completion, events, trust_index, c1, c2, c3, c4, c5
    from cards
    where region is not null
),

final as (
    select
        month,
        scope,
        key,
        count(*) as primaries,
        quantile_cont(completion, 0.5)::double as completion,
        quantile_cont(events, 0.5)::double as events,
        quantile_cont(trust_index, 0.5)::double as trust_index,
        quantile_cont(c1, 0.5)::double as c1,
        quantile_cont(c2, 0.5)::double as c2,
        quantile_cont(c3, 0.5)::double as c3,
        quantile_cont(c4, 0.5)::double as c4,
        quantile_cont(c5, 0.5)::double as c5
    from memberships
    group by month, scope, key
)

select * from final
