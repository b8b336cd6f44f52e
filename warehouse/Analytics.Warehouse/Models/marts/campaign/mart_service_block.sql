-- The mandatory service block (Unified days of legal aid, citizens' reception and labour protection) per started
-- month and group: participants from the monthly reports and the block's events. Plain counts (methodology §2):
-- records of inactive organisations count too, in the group of their version at the month's end.
with

periods as (select * from intermediate.int_campaign_periods where is_started and campaign_month is not null),

groups as (select * from intermediate.int_organisation_groups),

rolled_up as (select * from intermediate.int_organisations_rolled_up),

reports as (select * from marts.fct_org_reports),

events as (select * from marts.fct_events),

report_sums as (
    select
        rolled_up.period,
        rolled_up.scope,
        rolled_up.key,
        sum(reports.legal_aid_consultations) as legal_aid_consultations,
        sum(reports.reception_visitors) as reception_visitors,
        sum(reports.safety_participants) as safety_participants
    from reports
    join rolled_up on rolled_up.org_id = reports.org_id and rolled_up.period = 'month-' || reports.campaign_month
    group by all
),

event_counts as (
    select
        rolled_up.period,
        rolled_up.scope,
        rolled_up.key,
        count(*) filter (where events.event_type = 'legal_aid_day') as legal_aid_days,
        count(*) filter (where events.event_type = 'reception_day') as reception_days,
        count(*) filter (where events.event_type = 'safety_day') as safety_days
    from events
    join rolled_up on rolled_up.org_id = events.org_id and rolled_up.period = 'month-' || events.campaign_month
    group by all
),

counted as (
    select
        periods.campaign_month as month,
        groups.scope,
        groups.key,
        coalesce(report_sums.legal_aid_consultations, 0)::bigint as legal_aid_consultations,
        coalesce(report_sums.reception_visitors, 0)::bigint as reception_visitors,
        coalesce(report_sums.safety_participants, 0)::bigint as safety_participants,
        coalesce(event_counts.legal_aid_days, 0) as legal_aid_days,
        coalesce(event_counts.reception_days, 0) as reception_days,
        coalesce(event_counts.safety_days, 0) as safety_days
    from periods
    join groups on groups.period = periods.period
    left join report_sums
        on report_sums.period = groups.period and report_sums.scope = groups.scope and report_sums.key = groups.key
    left join event_counts
        on event_counts.period = groups.period and event_counts.scope = groups.scope and event_counts.key = groups.key
),

final as (
    select
        counted.*,
        legal_aid_consultations + reception_visitors + safety_participants as participants,
        legal_aid_days + reception_days + safety_days as service_days
    from counted
)

select * from final
