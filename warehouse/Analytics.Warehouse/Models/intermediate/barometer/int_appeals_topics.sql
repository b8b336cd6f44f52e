-- methodology §8: an appeal's topic is its own `topic`; else the topic the lexicon (config.topic_lexicon, from
-- topic-lexicon.csv) scores highest on its text; else `other` (also without text).
--
-- Matching: text and stems are lower-cased, ё becomes е and the Kazakh letters their Russian look-alikes (қ → к,
-- ә → а, ү/ұ → у, і → и …; workers often type Kazakh without them), Latin look-alikes become Cyrillic (other
-- Latin letters stay, upper-cased so that they cannot be taken for the one-byte codes below); the text is cut
-- into words at anything that is not a letter. A stem matches a word that starts with it;
-- a word that no stem matches as it is may be a typo: a stem of 6 letters or more matches it, at half its weight,
-- when the word's start is one edit away (a letter missing, extra, wrong, or two swapped). A phrase of stems matches
-- consecutive words. At each word, only the longest matching stem of a topic counts (so a weight-0 stem such as
-- «отпускают» cancels «отпуск»). Score of a topic = sum of those weights; the best topic has the highest score,
-- then the earliest first match in the text, then the order of the contract's topic list.
with

appeals as (select * from staging.stg_inbox__appeals),

lexicon as (select * from config.topic_lexicon),

topic_codes as (select * from intermediate.int_topic_codes),

---------- normalising: one byte per letter, so that the edit distance counts letters, not UTF-8 bytes

-- Each distinct text once: repeated texts (templates, copies) are classified once.
texts as (
    select distinct
        text,
        regexp_replace(
            translate(lower(text), 'ёәғқңөұүһіaceikmopxytbhdfgjlnqrsuvwz', 'еагкноуухиасеикморхутвнDFGJLNQRSUVWZ'),
            '[^A-Zа-я]+', ' ', 'g') as folded
    from appeals
    where text is not null
),

entries as (
    select
        row_number() over (order by lexicon.topic, lexicon.language, lexicon.stem) as entry_id,
        lexicon.topic,
        lexicon.weight,
        string_split(trim(regexp_replace(
            translate(lower(lexicon.stem), 'ёәғқңөұүһіaceikmopxytbhdfgjlnqrsuvwz', 'еагкноуухиасеикморхутвнDFGJLNQRSUVWZ'),
            '[^A-Zа-я]+', ' ', 'g')), ' ') as words
    from lexicon
),

coded_texts as (
    select
        text,
        string_split(trim(translate(folded, 'абвгдежзийклмнопрстуфхцчшщъыьэюя', 'abcdefghijklmnopqrstuvwxyz012345')), ' ') as words
    from texts
),

coded_entries as (
    select
        entry_id,
        topic,
        weight,
        len(words) as part_count,
        length(array_to_string(words, ' ')) as specificity,
        list_transform(words, w -> translate(w, 'абвгдежзийклмнопрстуфхцчшщъыьэюя', 'abcdefghijklmnopqrstuvwxyz012345')) as parts
    from entries
),

---------- words and stems

text_words as (
    select text, unnest(words) as word, unnest(range(1, len(words) + 1)) as position
    from coded_texts
),

entry_parts as (
    select entry_id, unnest(parts) as part, unnest(range(1, part_count + 1)) as part_no
    from coded_entries
),

distinct_words as (
    select distinct word from text_words where word <> ''
),

exact_matches as (
    select distinct_words.word, entry_parts.entry_id, entry_parts.part_no, true as is_exact
    from distinct_words
    join entry_parts on starts_with(distinct_words.word, entry_parts.part)
),

-- A typo is only looked for in a word that no stem matches as it is.
typo_matches as (
    select distinct_words.word, entry_parts.entry_id, entry_parts.part_no, false as is_exact
    from distinct_words
    join entry_parts
        on length(entry_parts.part) >= 6
        and length(distinct_words.word) >= length(entry_parts.part) - 1
        and (distinct_words.word[1] = entry_parts.part[1] or distinct_words.word[2] = entry_parts.part[2])
        and least(
            damerau_levenshtein(left(distinct_words.word, length(entry_parts.part)), entry_parts.part),
            damerau_levenshtein(left(distinct_words.word, length(entry_parts.part) - 1), entry_parts.part),
            damerau_levenshtein(left(distinct_words.word, length(entry_parts.part) + 1), entry_parts.part)
        ) <= 1
    where distinct_words.word not in (select word from exact_matches)
),

word_matches as (
    select * from exact_matches
    union all
    select * from typo_matches
),

---------- entries matched at a word position (a phrase: every part at consecutive words)

part_hits as (
    select
        text_words.text,
        text_words.position - word_matches.part_no + 1 as start_position,
        word_matches.entry_id,
        word_matches.part_no,
        word_matches.is_exact
    from text_words
    join word_matches using (word)
),

-- A phrase with a typo in any of its words counts half, like a single word with a typo.
entry_hits as (
    select
        part_hits.text,
        part_hits.start_position,
        part_hits.entry_id,
        coded_entries.topic,
        coded_entries.specificity,
        bool_and(part_hits.is_exact) as is_exact,
        case when bool_and(part_hits.is_exact) then coded_entries.weight else coded_entries.weight / 2 end as weight
    from part_hits
    join coded_entries using (entry_id)
    group by part_hits.text, part_hits.start_position, part_hits.entry_id, coded_entries.topic, coded_entries.specificity, coded_entries.weight
    -- each part of an entry can only be found once at its own position, so counting rows counts parts
    having count(*) = any_value(coded_entries.part_count)
),

most_specific as (
    select *
    from entry_hits
    qualify row_number() over (
        partition by text, start_position, topic
        order by is_exact desc, specificity desc, weight desc
    ) = 1
),

scores as (
    select
        text,
        topic,
        sum(weight) as score,
        min(start_position) as first_position
    from most_specific
    where weight > 0
    group by all
),

best as (
    select scores.text, scores.topic, scores.score
    from scores
    join topic_codes using (topic)
    qualify row_number() over (
        partition by scores.text
        order by scores.score desc, scores.first_position, topic_codes.topic_order
    ) = 1
),

final as (
    select
        appeals.appeal_id,
        appeals.topic as given_topic,
        best.topic as lexicon_topic,
        best.score as lexicon_score,
        coalesce(appeals.topic, best.topic, 'other') as topic,
        appeals.topic is null and best.topic is not null as is_classified
    from appeals
    left join best using (text)
)

select * from final
