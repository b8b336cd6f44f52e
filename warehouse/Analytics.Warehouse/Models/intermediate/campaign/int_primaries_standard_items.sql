-- methodology §3: the five mandatory items of the minimum standard, met from the campaign's first day to each
-- period's end (to-date: the cut-off), for every active primary in force at that end.
with

periods as (select * from intermediate.int_campaign_periods where is_started),

tree as (select * from intermediate.int_organisations_in_force),

events as (select * from intermediate.int_events_dated),

cases as (select * from intermediate.int_cases_counted),

reports as (select * from intermediate.int_reports_dated),

primaries as (
    select period, period_end, org_id from tree where level = 'primary' and is_active
),

event_items as (
    select
        primaries.period,
        primaries.org_id,
        bool_or(events.event_type = 'unified_day') as has_unified_day,
        bool_or(events.event_type in ('members_meeting', 'questions_to_chair')) as has_meeting,
        bool_or(events.event_type = 'legal_aid_day') as has_legal_aid_event,
        bool_or(events.event_type = 'because_action') as has_because_event
    from primaries
    join events on events.org_id = primaries.org_id and events.event_date <= primaries.period_end
    group by all
),

case_items as (
    select distinct primaries.period, primaries.org_id
    from primaries
    join cases on cases.org_id = primaries.org_id and cases.submitted_date <= primaries.period_end
),

report_items as (
    select
        primaries.period,
        primaries.org_id,
        bool_or(reports.legal_aid_consultations > 0) as reported_legal_aid,
        bool_or(reports.because_participants > 0) as reported_because
    from primaries
    join reports on reports.org_id = primaries.org_id and reports.period_start <= primaries.period_end
    group by all
),

final as (
    select
        primaries.period,
        primaries.org_id,
        coalesce(event_items.has_unified_day, false) as unified_day,
        coalesce(event_items.has_meeting, false) as meeting,
        case_items.org_id is not null as help_story,
        coalesce(event_items.has_legal_aid_event, false) or coalesce(report_items.reported_legal_aid, false) as legal_aid_day,
        coalesce(event_items.has_because_event, false) or coalesce(report_items.reported_because, false) as because_action
    from primaries
    left join event_items using (period, org_id)
    left join case_items using (period, org_id)
    left join report_items using (period, org_id)
)

select
    *,
    (unified_day::int + meeting::int + help_story::int + legal_aid_day::int + because_action::int) / 5 as completion
from final
