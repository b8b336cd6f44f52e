-- The campaign project (1-5) of each event type, as the input contract lists them; `other` belongs to none.
-- Honouring ("Person of labour") events are project 3, youth events project 4 (methodology §5, §7).
with

final as (
    select * from (values
        ('launch', 2),
        ('unified_day', 2),
        ('members_meeting', 2),
        ('questions_to_chair', 2),
        ('reception_day', 2),
        ('primary_week', 5),
        ('legal_aid_day', 1),
        ('safety_day', 1),
        ('union_in_numbers', 1),
        ('day_with_union', 4),
        ('thanks_for_labor', 3),
        ('dynasty_event', 3),
        ('generations_meeting', 3),
        ('labor_person_contest', 3),
        ('youth_initiative', 4),
        ('activist_training', 5),
        ('best_practice_exchange', 5),
        ('sector_forum', 5),
        ('regional_union_day', 2),
        ('because_action', 4),
        ('solidarity_day', 2),
        ('other', null)
    ) as event_types (event_type, project)
)

select * from final
