-- methodology §8: an appeal's topic is its own `topic`; else the topic the lexicon (config.topic_lexicon, from
-- topic-lexicon.csv) scores highest on its text; else `other` (also without text). docs/monitoring.md §1 explains
-- the rules to analysts with examples. The lexicon's verdict on each text is computed once per text and lexicon,
-- at the start of a build, by Lexicon/classify-new-texts.sql into cache.appeal_text_topics (a text with no letters
-- has no script there, and counts as no text).
with

appeals as (select * from staging.stg_inbox__appeals),

classified as (select * from cache.appeal_text_topics),

final as (
    select
        appeals.appeal_id,
        appeals.topic as given_topic,
        classified.lexicon_topic,
        classified.lexicon_score,
        coalesce(appeals.topic, classified.lexicon_topic, 'other') as topic,
        appeals.topic is null and classified.lexicon_topic is not null as is_classified,
        appeals.text is not null and classified.text_script is not null as has_text,
        classified.text_script,
        classified.matched_stem,
        classified.matched_stem_row,
        classified.match_kind,
        classified.matched_stems
    from appeals
    left join classified using (text)
)

select * from final
