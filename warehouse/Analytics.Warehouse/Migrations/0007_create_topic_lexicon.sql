-- The barometer's keyword classifier (methodology §8): word stems, or phrases of stems, per appeal topic. Refilled
-- from topic-lexicon.csv at every build (Lexicon/TopicLexiconTable.cs), so analysts edit the file, not this table.
create table config.topic_lexicon (
    topic varchar not null,
    language varchar not null,
    stem varchar not null,
    weight decimal(9, 3) not null,
    loaded_from varchar not null,
    source_row integer not null,
    primary key (topic, language, stem)
);
