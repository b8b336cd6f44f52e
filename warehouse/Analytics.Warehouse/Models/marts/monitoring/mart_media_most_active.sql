-- methodology §9: the most active sector unions and territorial associations of each week and month, by
-- publications and by reach (their primaries' publications and their own). Every group with a publication is
-- ranked; ties go to the other measure, then to the smaller key.
with

panel as (
    select * from marts.mart_media_panel where scope in ('sector', 'territorial')
),

totals as (
    select period_kind, period, scope, key, sum(publications)::bigint as publications, sum(reach)::bigint as reach
    from panel
    group by all
),

final as (
    select
        totals.*,
        row_number() over (
            partition by period_kind, period, scope order by publications desc, reach desc, key
        ) as rank_by_publications,
        row_number() over (
            partition by period_kind, period, scope order by reach desc, publications desc, key
        ) as rank_by_reach
    from totals
)

select * from final
