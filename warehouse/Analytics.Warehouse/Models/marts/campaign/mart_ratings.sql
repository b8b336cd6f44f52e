-- methodology §7, campaign to date. Organisation ratings (primary, sector, territorial) rank active organisations
-- by TI (to date) + 25 · completion + 25 · min(1, counted cases per 100 members / full); those without an index are
-- listed unranked. Practice, youth and ambassador ratings rank the records of every organisation, active or not.
-- Scores are compared after rounding to 9 decimals (§1).
with

tree as (select * from intermediate.int_organisations_in_force where period = 'to-date'),

figures as (select * from intermediate.int_trust_index_figures where period = 'to-date'),

trust as (select * from marts.mart_trust_index where period = 'to-date'),

rolled_up as (select * from intermediate.int_organisations_rolled_up where period = 'to-date'),

cases as (select * from intermediate.int_cases_counted),

events as (select * from intermediate.int_events_dated),

event_types as (select * from intermediate.int_event_type_projects),

ambassadors as (select * from staging.stg_inbox__ambassadors),

campaign as (select * from config.campaign),

build as (select * from config.build),

targets as (
    select coalesce(max(value) filter (where key = 'ratings.cases_per_100_members_full'), 1.0)::double as cases_full
    from config.targets
),

---------- organisations: a union's cases include its own and those of all its primaries
case_counts as (
    select rolled_up.scope, rolled_up.key, count(*) as cases
    from rolled_up
    join cases on cases.org_id = rolled_up.org_id
    group by all
),

organisations as (
    select
        figures.scope as rating,
        figures.key,
        figures.members,
        trust.index,
        figures.completion,
        coalesce(case_counts.cases, 0) as cases,
        figures.appeals_received + figures.appeals_offline as appeals,
        -- with no members the share is undefined: any case fills the term, none leaves it at 0
        case
            when figures.members > 0 then least(1, 100 * coalesce(case_counts.cases, 0) / figures.members / targets.cases_full)
            when coalesce(case_counts.cases, 0) > 0 then 1
            else 0
        end as cases_term
    from figures
    join trust using (scope, key)
    left join case_counts using (scope, key)
    cross join targets
    where figures.scope in ('primary', 'sector', 'territorial')
),

organisation_scores as (
    select
        rating,
        key,
        members,
        cases,
        appeals,
        index as trust_index,
        completion,
        25 * cases_term as cases_points,
        case when index is not null then index + 25 * coalesce(completion, 0) + 25 * cases_term end as score
    from organisations
),

organisation_ranks as (
    select
        rating,
        case when score is not null then row_number() over (
            partition by rating, score is null
            order by round(score, 9) desc, members desc, key asc)
        end as rank,
        'organisation' as record,
        key,
        score,
        cases,
        appeals,
        trust_index,
        completion,
        cases_points
    from organisation_scores
),

---------- records of every organisation with a registry version in force at the cut-off
practices as (
    select
        'practice' as rating,
        row_number() over (
            order by cases.workers_helped desc, cases.amount_kzt desc nulls last, cases.decided_at asc, cases.case_id asc
        ) as rank,
        'case' as record,
        cases.case_id as key,
        cases.workers_helped::double as score
    from cases
    join tree using (org_id)
    where cases.is_best_practice
),

youth_records as (
    select 'case' as record, cases.case_id as key, cases.workers_helped::double as score
    from cases
    join tree using (org_id)
    where cases.category = 'youth_project'
    union all
    select 'event', events.event_id, events.participants::double
    from events
    join event_types using (event_type)
    join tree using (org_id)
    where event_types.project = 4
),

youth as (
    select 'youth' as rating, row_number() over (order by score desc, key asc, record asc) as rank, record, key, score
    from youth_records
),

campaign_ambassadors as (
    select
        ambassadors.ambassador_id as key,
        (coalesce(ambassadors.publications, 0) + 2 * coalesce(ambassadors.events_organised, 0))::double as score
    from ambassadors
    join tree using (org_id)
    cross join campaign
    cross join build
    where ambassadors.joined_at between campaign.start_month and build.cutoff
),

ambassador_ranks as (
    select 'ambassador' as rating, row_number() over (order by score desc, key asc) as rank, 'ambassador' as record, key, score
    from campaign_ambassadors
),

final as (
    select rating, rank, record, key, score, cases, appeals, trust_index, completion, cases_points from organisation_ranks
    union all
    select rating, rank, record, key, score, null, null, null, null, null from practices
    union all
    select rating, rank, record, key, score, null, null, null, null, null from youth
    union all
    select rating, rank, record, key, score, null, null, null, null, null from ambassador_ranks
)

select * from final
