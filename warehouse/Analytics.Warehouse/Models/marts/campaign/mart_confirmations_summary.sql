-- methodology §14: per month, confirmed sector unions / sector unions active at the month's end, and the same
-- for territorial associations.
with

confirmations as (select * from marts.mart_confirmations),

scopes as (select unnest(['sector', 'territorial']) as scope),

months as (select distinct month from confirmations),

counted as (
    select month, scope, count(*) as unions, count(*) filter (where confirmed) as confirmed
    from confirmations
    group by month, scope
),

final as (
    select
        months.month,
        scopes.scope,
        coalesce(counted.unions, 0) as unions,
        coalesce(counted.confirmed, 0) as confirmed
    from months
    cross join scopes
    left join counted on counted.month = months.month and counted.scope = scopes.scope
)

select * from final
