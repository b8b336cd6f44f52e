-- The organisation tree as in force at the cut-off (methodology §2), inactive organisations included.
with

tree as (select * from intermediate.int_organisations_in_force where period = 'to-date'),

final as (
    select
        org_id,
        level,
        name_ru,
        name_kk,
        sector_id,
        territorial_id,
        region,
        members,
        youth_members,
        is_active,
        valid_from
    from tree
)

select * from final
