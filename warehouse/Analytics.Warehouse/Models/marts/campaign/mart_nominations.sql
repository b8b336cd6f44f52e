-- methodology §15: the expert commission's shortlists, campaign to date. Organisation, ambassador and youth
-- candidates come ranked from the ratings (§7); the trust leader is an active primary with enough survey answers,
-- scored by their mean trust; case nominations take counted cases of their categories by workers helped; the media
-- project takes publications by reach. Records belong to organisations with a registry version in force at the
-- cut-off (§13). Ties (scores equal after rounding to 9 decimals) go to the smaller key; each list keeps at most
-- shortlist_size candidates. Evidence columns carry what the commission reads beside the score.
with

tree as (select * from intermediate.int_organisations_in_force where period = 'to-date'),

ratings as (select * from marts.mart_ratings where rank is not null),

cases as (
    select cases.*
    from intermediate.int_cases_counted as cases
    join tree using (org_id)
),

events as (select * from intermediate.int_events_dated),

ambassadors as (select * from staging.stg_inbox__ambassadors),

surveys as (select * from intermediate.int_surveys_dated),

media as (
    select media.*
    from intermediate.int_media_dated as media
    join tree using (org_id)
),

targets as (
    select
        coalesce(max(value) filter (where key = 'nominations.shortlist_size'), 10)::integer as shortlist_size,
        coalesce(max(value) filter (where key = 'nominations.trust_leader_min_responses'), 10)::integer as min_responses
    from config.targets
),

case_categories as (
    select * from (values
        ('best_protection_story', 'reinstatement'),
        ('best_protection_story', 'wage_recovery'),
        ('best_legal_case', 'court_decision'),
        ('best_safety_case', 'safety'),
        ('best_social_solidarity', 'social_support')
    ) as categories(nomination, category)
),

---------- candidates, one row each, with the columns of their kind
organisations as (
    select
        case rating when 'primary' then 'best_primary' when 'sector' then 'best_sector' else 'best_territorial' end as nomination,
        'organisation' as record,
        key,
        key as org_id,
        score,
        trust_index,
        completion,
        cases,
        cases_points
    from ratings
    where rating in ('primary', 'sector', 'territorial')
),

ambassador_candidates as (
    select
        'best_ambassador' as nomination,
        'ambassador' as record,
        ratings.key,
        ambassadors.org_id,
        ratings.score,
        coalesce(ambassadors.publications, 0) as publications,
        coalesce(ambassadors.events_organised, 0) as events_organised
    from ratings
    join ambassadors on ambassadors.ambassador_id = ratings.key
    where ratings.rating = 'ambassador'
),

trust_leaders as (
    select
        'trust_leader' as nomination,
        'organisation' as record,
        surveys.org_id as key,
        surveys.org_id,
        avg(surveys.trust) as score,
        count(*) as responses
    from surveys
    join tree using (org_id)
    cross join targets
    where tree.level = 'primary' and tree.is_active
    group by surveys.org_id, targets.min_responses
    having count(*) >= targets.min_responses
),

case_candidates as (
    select case_categories.nomination, cases.*
    from cases
    join case_categories using (category)
    union all
    select 'best_victory', cases.*
    from cases
    union all
    select 'best_youth_project', cases.*
    from cases
    join ratings on ratings.rating = 'youth' and ratings.record = 'case' and ratings.key = cases.case_id
),

youth_events as (
    select
        'best_youth_project' as nomination,
        'event' as record,
        events.event_id as key,
        events.org_id,
        ratings.score,
        events.title,
        events.event_date,
        events.participants
    from events
    join ratings on ratings.rating = 'youth' and ratings.record = 'event' and ratings.key = events.event_id
),

publications as (
    select
        'best_media_project' as nomination,
        'publication' as record,
        publication_id as key,
        org_id,
        reach::double as score,
        published_date,
        platform,
        format,
        views,
        url
    from media
),

candidates as (
    select nomination, record, key, org_id, score::double as score, trust_index, completion, cases, cases_points
    from organisations
    union all by name
    select nomination, record, key, org_id, score, publications, events_organised
    from ambassador_candidates
    union all by name
    select nomination, record, key, org_id, score, responses
    from trust_leaders
    union all by name
    select
        nomination,
        'case' as record,
        case_id as key,
        org_id,
        workers_helped::double as score,
        category,
        title,
        problem,
        actions,
        result,
        workers_helped,
        amount_kzt,
        decided_at
    from case_candidates
    union all by name
    select nomination, record, key, org_id, score, title, event_date, participants
    from youth_events
    union all by name
    select nomination, record, key, org_id, score, published_date, platform, format, views, url
    from publications
),

ranked as (
    select
        candidates.*,
        row_number() over (partition by nomination order by round(score, 9) desc, key asc, record asc) as rank
    from candidates
),

final as (
    select
        nomination,
        rank,
        record,
        key,
        org_id,
        score,
        trust_index,
        completion,
        cases,
        cases_points,
        responses,
        publications,
        events_organised,
        category,
        title,
        problem,
        actions,
        result,
        workers_helped,
        amount_kzt,
        decided_at,
        event_date,
        participants,
        published_date,
        platform,
        format,
        views,
        url
    from ranked
    cross join targets
    where rank <= targets.shortlist_size
)

select * from final
