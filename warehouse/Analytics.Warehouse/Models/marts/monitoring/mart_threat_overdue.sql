-- methodology §10, overdue: per organisation with a journal entry by the cut-off and per level, the window's entries,
-- those whose response deadline (by level) has passed by the end of the cut-off day, and of them the overdue ones:
-- no position delivered by then. An entry delivered late, but by the cut-off, is missed for compliance but not
-- overdue. Every level has a row, zeros included, so the response matrix can be shown for the levels present.
with

entries as (select * from intermediate.int_threat_entries_as_of),

cutoff as (select as_of from intermediate.int_threat_as_of_days where is_cutoff),

light as (select org_id from marts.mart_threat_light),

levels as (select unnest(['low', 'medium', 'high', 'critical']) as level),

counted as (
    select
        entries.org_id,
        entries.level,
        count(*) as entries,
        count(*) filter (where entries.is_deadline_passed) as deadlines_passed,
        count(*) filter (where entries.is_deadline_passed and not entries.is_delivered) as overdue
    from entries
    join cutoff using (as_of)
    where entries.is_in_window
    group by entries.org_id, entries.level
),

final as (
    select
        light.org_id,
        levels.level,
        list_position(['low', 'medium', 'high', 'critical'], levels.level) as level_order,
        coalesce(counted.entries, 0) as entries,
        coalesce(counted.deadlines_passed, 0) as deadlines_passed,
        coalesce(counted.overdue, 0) as overdue
    from light
    cross join levels
    left join counted using (org_id, level)
)

select * from final
