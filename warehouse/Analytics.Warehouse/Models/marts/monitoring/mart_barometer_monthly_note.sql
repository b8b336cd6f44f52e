-- methodology §8: the data of each month's analytical note, federation-wide: the five most frequent topics, the
-- three fastest-growing against the previous month, the emerging problems of the month's weeks, satisfaction by
-- topic, and the share of the month's appeals whose topic the lexicon found. `other` is no topic of its own: it is
-- left out of the top five and the growing three. Growing means change > 0 (a month after one without the topic
-- has no change and is not listed). A month in progress runs to the cut-off (is_complete false).
with

periods as (select * from intermediate.int_monitoring_periods where period_kind = 'month'),

topics as (select * from marts.mart_barometer_topics where period_kind = 'month' and scope = 'federation'),

emerging as (select * from marts.mart_barometer_emerging),

weeks as (select distinct campaign_week, campaign_month from intermediate.int_campaign_days),

codes as (select * from intermediate.int_topic_codes),

appeals as (select * from intermediate.int_appeals_classified),

federation as (select * from intermediate.int_monitoring_rolled_up where period_kind = 'month' and scope = 'federation'),

ranked_topics as (
    select
        topics.*,
        codes.topic_order,
        row_number() over (partition by topics.period order by topics.appeals desc, codes.topic_order) as by_frequency,
        row_number() over (
            partition by topics.period
            order by case when topics.change > 0 then 0 else 1 end, topics.change desc, topics.appeals desc, codes.topic_order
        ) as by_growth
    from topics
    join codes using (topic)
    where topics.topic <> 'other'
),

top_topics as (
    select period as month, 'top_topics' as section, by_frequency as rank, topic, null::integer as week,
        'federation' as scope, key, appeals, change, mean_satisfaction, share
    from ranked_topics
    where by_frequency <= 5
),

fastest_growing as (
    select period, 'fastest_growing', by_growth, topic, null::integer, 'federation', key, appeals, change, mean_satisfaction, share
    from ranked_topics
    where by_growth <= 3 and change > 0
),

emerging_problems as (
    select
        weeks.campaign_month,
        'emerging',
        row_number() over (
            partition by weeks.campaign_month
            order by emerging.week, emerging.scope, emerging.key, codes.topic_order
        ),
        emerging.topic,
        emerging.week,
        emerging.scope,
        emerging.key,
        emerging.appeals,
        null::double,
        null::double,
        null::double
    from emerging
    join weeks on weeks.campaign_week = emerging.week
    join codes using (topic)
),

satisfaction as (
    select
        topics.period,
        'satisfaction',
        row_number() over (partition by topics.period order by codes.topic_order),
        topics.topic,
        null::integer,
        'federation',
        topics.key,
        topics.appeals,
        topics.change,
        topics.mean_satisfaction,
        topics.share
    from topics
    join codes using (topic)
    where topics.mean_satisfaction is not null
),

classification as (
    select
        appeals.campaign_month,
        'classification',
        1,
        null::varchar,
        null::integer,
        'federation',
        federation.key,
        count(*),
        null::double,
        null::double,
        count(*) filter (where appeals.is_classified) / count(*)
    from appeals
    join federation on federation.period = appeals.campaign_month and federation.org_id = appeals.org_id
    group by all
),

sections as (
    select * from top_topics
    union all
    select * from fastest_growing
    union all
    select * from emerging_problems
    union all
    select * from satisfaction
    union all
    select * from classification
),

final as (
    select
        sections.month,
        periods.is_complete,
        sections.section,
        sections.rank,
        sections.topic,
        sections.week,
        sections.scope,
        sections.key,
        sections.appeals,
        sections.change,
        sections.mean_satisfaction,
        sections.share
    from sections
    join periods on periods.period = sections.month
)

select * from final
