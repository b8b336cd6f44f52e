-- methodology §10, §13: every journal entry as known on each day the light is computed as of (entries detected by
-- that day): whether it falls in that day's window (the day and the window_days − 1 local days before it), and for
-- the response deadline and each milestone of the 24-hour rule, whether it has passed by the end of that day
-- (before 00:00 local time on the next day, i.e. 19:00 UTC) and whether it was met (the milestone at or before it).
-- A milestone after that day is not known yet, so it cannot meet a deadline that has passed: an entry delivered
-- later is overdue as of that day.
with

entries as (select * from intermediate.int_threat_entries_scored),

as_of_days as (select * from intermediate.int_threat_as_of_days),

settings as (
    select value::integer as window_days from config.targets where key = 'threat.window_days'
),

known as (
    select
        as_of_days.as_of,
        entries.*,
        entries.detected_date > as_of_days.as_of - settings.window_days as is_in_window,
        (as_of_days.as_of + interval 1 day) - interval 5 hours as known_before
    from entries
    join as_of_days on entries.detected_date <= as_of_days.as_of
    cross join settings
),

final as (
    select
        as_of,
        entry_id,
        org_id,
        detected_date,
        level,
        points,
        is_in_window,
        ---------- response deadline by level
        deadline_at < known_before as is_deadline_passed,
        coalesce(position_delivered_at < known_before and position_delivered_at <= deadline_at, false) as is_deadline_met,
        coalesce(position_delivered_at < known_before, false) as is_delivered,
        ---------- the 24-hour rule's milestones
        facts_due_at < known_before as is_facts_due,
        coalesce(facts_collected_at < known_before and facts_collected_at <= facts_due_at, false) as is_facts_met,
        drafted_due_at < known_before as is_drafted_due,
        coalesce(position_drafted_at < known_before and position_drafted_at <= drafted_due_at, false) as is_drafted_met,
        delivered_due_at < known_before as is_delivered_due,
        coalesce(position_delivered_at < known_before and position_delivered_at <= delivered_due_at, false) as is_delivered_met
    from known
)

select * from final
