-- methodology §8: the topic lists of each month's analytical note, for every group of the barometer: the five most
-- frequent topics, the three fastest-growing against the previous month, and satisfaction by topic. `other` is no
-- topic of its own: it is left out of the first two lists. Growing means change > 0 (a month after one without the
-- topic has no change and is not listed). Ties go to the topic list's order. The note's other parts have marts of
-- their own grain: emerging problems (mart_barometer_emerging), the share classified (mart_barometer_classification).
with

topics as (select * from marts.mart_barometer_topics where period_kind = 'month'),

codes as (select * from intermediate.int_topic_codes),

ranked as (
    select
        topics.period as month,
        topics.scope,
        topics.key,
        topics.topic,
        topics.appeals,
        topics.share,
        topics.change,
        topics.mean_satisfaction,
        row_number() over (
            partition by topics.period, topics.scope, topics.key
            order by topics.topic = 'other', topics.appeals desc, codes.topic_order
        ) as by_frequency,
        row_number() over (
            partition by topics.period, topics.scope, topics.key
            order by topics.topic = 'other', coalesce(topics.change > 0, false) desc, topics.change desc,
                topics.appeals desc, codes.topic_order
        ) as by_growth,
        row_number() over (
            partition by topics.period, topics.scope, topics.key
            order by topics.mean_satisfaction is null, codes.topic_order
        ) as by_order
    from topics
    join codes using (topic)
),

lists as (
    select 'top_topics' as list, by_frequency as rank, * exclude (by_frequency, by_growth, by_order)
    from ranked
    where topic <> 'other' and by_frequency <= 5
    union all
    select 'fastest_growing', by_growth, * exclude (by_frequency, by_growth, by_order)
    from ranked
    where topic <> 'other' and by_growth <= 3 and change > 0
    union all
    select 'satisfaction', by_order, * exclude (by_frequency, by_growth, by_order)
    from ranked
    where mean_satisfaction is not null
),

final as (
    select month, scope, key, list, rank, topic, appeals, share, change, mean_satisfaction
    from lists
)

select * from final
