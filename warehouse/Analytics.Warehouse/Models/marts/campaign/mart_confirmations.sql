-- methodology §14: a union's month is confirmed when its confirmation in force for that month (the latest
-- confirmed_at on or before the cut-off day, local time; then the later batch, file and row) says `confirmed`.
-- One row per sector union and territorial association active at the month's end (or the cut-off).
with

periods as (select * from intermediate.int_campaign_periods where is_started and campaign_month is not null),

tree as (select * from intermediate.int_organisations_in_force),

build as (select * from config.build),

known as (
    select confirmations.*
    from staging.stg_inbox__confirmations confirmations
    cross join build
    where confirmations.confirmed_date <= build.cutoff
),

in_force as (
    select org_id, period_start, status
    from known
    qualify row_number() over (
        partition by org_id, period_start
        order by confirmed_at desc, batch_id desc, source_file desc, source_row desc
    ) = 1
),

final as (
    select
        periods.campaign_month as month,
        tree.level as scope,
        tree.org_id as key,
        coalesce(in_force.status = 'confirmed', false) as confirmed,
        in_force.status
    from periods
    join tree on tree.period = periods.period and tree.level in ('sector', 'territorial') and tree.is_active
    left join in_force on in_force.org_id = tree.org_id and in_force.period_start = periods.first_day
)

select * from final
