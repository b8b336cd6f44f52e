-- Campaign ambassadors (methodology §7), by their pseudonymous id: who they are is never stored (§12).
with

ambassadors as (select * from staging.stg_inbox__ambassadors),

final as (
    select
        ambassador_id,
        org_id,
        category,
        joined_at,
        coalesce(publications, 0) as publications,
        coalesce(events_organised, 0) as events_organised
    from ambassadors
)

select * from final
