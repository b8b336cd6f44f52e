with

items as (select * from intermediate.int_primaries_standard_items where period = 'to-date'),

final as (
    select
        org_id,
        unified_day,
        meeting,
        help_story,
        legal_aid_day,
        because_action,
        unified_day::int + meeting::int + help_story::int + legal_aid_day::int + because_action::int as items_met,
        completion
    from items
)

select * from final
