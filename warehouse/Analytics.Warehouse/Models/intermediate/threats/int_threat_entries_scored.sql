-- methodology §10, §13: journal entries detected from the campaign's first day to the cut-off, with their points,
-- whether they fall in the window (the cut-off day and the window_days − 1 local days before it), and for the
-- response deadline and each milestone of the 24-hour rule: whether it has passed by the end of the cut-off day
-- (before 00:00 local time on the next day) and whether it was met (the milestone at or before it). A milestone
-- that happens after the cut-off day is not known yet, so it cannot meet a deadline that has passed.
-- Points, deadlines and milestones come from config.targets (threat.*).
with

entries as (select * from staging.stg_inbox__threat_journal),

days as (select * from intermediate.int_campaign_days where is_to_date),

build as (select * from config.build),

targets as (select * from config.targets where key like 'threat.%'),

settings as (
    select
        max(value) filter (where key = 'threat.window_days')::integer as window_days,
        max(value) filter (where key = 'threat.milestone_hours.facts') as facts_hours,
        max(value) filter (where key = 'threat.milestone_hours.drafted') as drafted_hours,
        max(value) filter (where key = 'threat.milestone_hours.delivered') as delivered_hours
    from targets
),

points as (
    select substr(key, length('threat.points.') + 1) as sign, value as points
    from targets
    where key like 'threat.points.%'
),

deadlines as (
    select substr(key, length('threat.deadline_hours.') + 1) as level, value as deadline_hours
    from targets
    where key like 'threat.deadline_hours.%'
),

dated as (
    select
        entries.*,
        points.points,
        deadlines.deadline_hours,
        entries.detected_date > build.cutoff - settings.window_days as is_in_window,
        (build.cutoff + interval 1 day) - interval 5 hours as known_before,
        settings.facts_hours,
        settings.drafted_hours,
        settings.delivered_hours
    from entries
    join days on days.day = entries.detected_date
    cross join build
    cross join settings
    left join points using (sign)
    left join deadlines using (level)
),

limits as (
    select
        dated.*,
        detected_at + to_microseconds(cast(round(deadline_hours * 3600000000) as bigint)) as deadline_at,
        detected_at + to_microseconds(cast(round(facts_hours * 3600000000) as bigint)) as facts_due_at,
        detected_at + to_microseconds(cast(round(drafted_hours * 3600000000) as bigint)) as drafted_due_at,
        detected_at + to_microseconds(cast(round(delivered_hours * 3600000000) as bigint)) as delivered_due_at
    from dated
),

final as (
    select
        entry_id,
        org_id,
        detected_at,
        detected_date,
        sign,
        level,
        points,
        is_in_window,
        deadline_hours,
        deadline_at,
        ---------- response deadline by level
        deadline_at < known_before as is_deadline_passed,
        coalesce(position_delivered_at < known_before and position_delivered_at <= deadline_at, false) as is_deadline_met,
        ---------- the 24-hour rule's milestones
        facts_due_at < known_before as is_facts_due,
        coalesce(facts_collected_at < known_before and facts_collected_at <= facts_due_at, false) as is_facts_met,
        drafted_due_at < known_before as is_drafted_due,
        coalesce(position_drafted_at < known_before and position_drafted_at <= drafted_due_at, false) as is_drafted_met,
        delivered_due_at < known_before as is_delivered_due,
        coalesce(position_delivered_at < known_before and position_delivered_at <= delivered_due_at, false) as is_delivered_met
    from limits
)

select * from final
