-- methodology §10: journal entries detected from the campaign's first day to the cut-off, with their points, and
-- the instants their response deadline (by level) and the 24-hour rule's milestones fall due. Whether an entry is
-- in a window and whether a deadline has passed and was met depend on the day the light is computed as of:
-- int_threat_entries_as_of. Points, deadlines and milestones come from config.targets (threat.*).
with

entries as (select * from staging.stg_inbox__threat_journal),

days as (select * from intermediate.int_campaign_days where is_to_date),

targets as (select * from config.targets where key like 'threat.%'),

settings as (
    select
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

final as (
    select
        entries.entry_id,
        entries.org_id,
        entries.detected_at,
        entries.detected_date,
        entries.sign,
        entries.level,
        points.points,
        deadlines.deadline_hours,
        entries.detected_at + to_microseconds(cast(round(deadlines.deadline_hours * 3600000000) as bigint)) as deadline_at,
        entries.detected_at + to_microseconds(cast(round(settings.facts_hours * 3600000000) as bigint)) as facts_due_at,
        entries.detected_at + to_microseconds(cast(round(settings.drafted_hours * 3600000000) as bigint)) as drafted_due_at,
        entries.detected_at + to_microseconds(cast(round(settings.delivered_hours * 3600000000) as bigint)) as delivered_due_at,
        entries.facts_collected_at,
        entries.position_drafted_at,
        entries.position_delivered_at
    from entries
    join days on days.day = entries.detected_date
    cross join settings
    left join points using (sign)
    left join deadlines using (level)
)

select * from final
