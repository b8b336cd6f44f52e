-- The topic classifier's verdict on each appeal text (methodology §8), kept between builds so that a text is
-- classified once per lexicon, not at every build: filled by Lexicon/classify-new-texts.sql with the texts not yet
-- in it, emptied when the lexicon or the classifier changes (lexicon_hash, Lexicon/TopicClassificationCache.cs).
-- Holds only texts raw.appeals holds, scrubbed by the loader; the stems stay in the warehouse (§12).
create schema if not exists cache;

create table cache.appeal_text_topics (
    text varchar not null,
    lexicon_hash varchar not null,
    lexicon_topic varchar,
    lexicon_score double,
    text_script varchar,
    matched_stem varchar,
    matched_stem_row integer,
    match_kind varchar,
    matched_stems varchar
);

-- The load batches whose appeal texts are in cache.appeal_text_topics under its lexicon: a build reads only the
-- texts of the batches loaded since.
create table cache.appeal_text_batches (
    batch_id bigint not null,
    lexicon_hash varchar not null
);
