-- The keyword classifier of methodology §8: the topic the lexicon (config.topic_lexicon, from topic-lexicon.csv)
-- scores highest on each appeal text, and the stems that decided it. It runs at the start of a build on the texts
-- not yet classified under the lexicon in force (Lexicon/TopicClassificationCache.cs), so a text is read once, not
-- at every build; int_appeals_topics joins its results to the appeals. docs/monitoring.md §1 explains the rules to
-- analysts with examples; {topic_order} is the contract's topic list, which breaks ties.
--
-- Reading the text: an apostrophe inside a word is dropped (ob'yavlenie, a'); a slash after a word of one to three
-- letters joins it to the next (з/п → зп, к/д → кд); the text is cut into words at anything that is not a letter.
-- A word with a Cyrillic letter is Cyrillic: lower-cased, ё → е, the Kazakh letters become their Russian look-alikes
-- (қ → к, ә → а, ү/ұ → у, і → и …; workers often type Kazakh without them), Latin look-alikes become Cyrillic (other
-- Latin letters stay, upper-cased so that they cannot be taken for the one-byte codes below). Any other word is
-- Latin script: Kazakh in the 2021 alphabet (ä ğ ı ñ ö q ş ū ü …, with its 2018 variants á ǵ ń ó ú ý), Kazakh typed
-- in ASCII (zh, sh, ch, q or k, g, w for ш) or Russian translit; it is transliterated letter by letter and compared
-- in a coarser form that forgets what Latin typing cannot tell apart (и/і/й/ы, е/э, ш/щ/сч, ь/ъ; ц = тс,
-- я = иа, ю = иу). In both scripts a letter typed twice counts once (коллективный = колективный), in words and
-- stems alike.
--
-- Matching: a stem matches a word that starts with it; a stem written in capitals (СИЗ) matches only that word
-- written in capitals. A word that no stem matches may be a typo: a stem of 6 letters or more matches it, at half
-- its weight, when the word's start is one edit away (a letter missing, extra, wrong, or two swapped). A phrase of
-- stems matches consecutive words. At each word, only the longest matching stem of a topic counts (so a weight-0 stem
-- such as «отпускают» cancels «отпуск»). Score of a topic = sum of those weights; the best topic has the highest
-- score, then the earliest first match in the text, then the order of the contract's topic list. The stems that gave
-- the best topic its score stay in the warehouse (methodology §12: never in a mart or an extract).
insert into cache.appeal_text_topics (
    text, lexicon_hash, lexicon_topic, lexicon_score, text_script, matched_stem, matched_stem_row, match_kind, matched_stems
)
with

lexicon as (select * from config.topic_lexicon),

---------- words of each distinct text (repeated texts, templates and copies, are read once)

-- the texts of the batches loaded since the last build (every version of an appeal, as raw keeps them) that are not
-- yet classified under this lexicon, each with a number that stands for it below: grouping and joining on a number,
-- not on a long text, is what makes the classifier fast. Materialised, so that the texts are numbered once and every
-- reader sees the same number for a text; the number is never seen outside this query.
texts as materialized (
    select text, row_number() over () as text_id
    from (
        select distinct appeals.text
        from raw.appeals as appeals
        where appeals.text is not null
            and appeals.batch_id not in (select batch_id from cache.appeal_text_batches)
            and not exists (select 1 from cache.appeal_text_topics as cached where cached.text = appeals.text)
    )
),

-- Unicode's NFC, so that a letter typed as a letter and a combining mark is the letter. A text only of Latin,
-- Cyrillic and common punctuation (no combining mark) is its own NFC, which a test checks for every character and
-- pair of characters of this class; normalising every text took four to five times as long as this check.
normal_texts as (
    select
        text_id,
        case
            when regexp_full_match(text, '[\x{0001}-\x{02FF}\x{0400}-\x{0482}\x{048A}-\x{052F}\x{2010}-\x{2027}\x{2030}-\x{205E}\x{20A0}-\x{20C0}\x{2116}]*')
                then text
            else nfc_normalize(text)
        end as text
    from texts
),

split_texts as (
    select
        text_id,
        string_split(trim(regexp_replace(
            regexp_replace(
                regexp_replace(
                    -- the loader's placeholders for a phone, an email and an IIN/BIN are no words of the appeal
                    regexp_replace(text, '\[(телефон|email|ИИН/БИН)\]', ' ', 'g'),
                    '(\pL)[''’ʼ`](\pL)', '\1\2', 'g'),
                '(^|\PL)(\pL{1,3})/(\pL)', '\1\2\3', 'g'),
            '\PL+', ' ', 'g')), ' ') as words
    from normal_texts
),

text_words as (
    select text_id, unnest(words) as word, unnest(range(1, len(words) + 1)) as position
    from split_texts
),

distinct_words as (
    select distinct word from text_words where word <> ''
),

---------- each word in Cyrillic: as typed, or transliterated from Latin script

read_words as (
    select
        word,
        regexp_matches(word, '\p{Cyrillic}') as is_cyrillic,
        word = upper(word) and word <> lower(word) and length(word) >= 2 as is_capitals,
        replace(lower(word), chr(775), '') as lowered
    from distinct_words
),

cyrillic_words as (
    select
        word,
        is_cyrillic,
        is_capitals,
        case
            when is_cyrillic then translate(lowered, 'aceikmopxytbh', 'асеикморхутвн')
            else translate(
                replace(replace(replace(replace(replace(replace(replace(
                    translate(lowered, 'áǵńóúýéŋ', 'äğñöüuen'),
                    'shch', 'щ'), 'sch', 'щ'), 'zh', 'ж'), 'sh', 'ш'), 'ch', 'ч'), 'kh', 'х'), 'gh', 'г'),
                'abcdefghijklmnopqrstuvwxyzäğñöüūşçı',
                'абцдефгхижклмнопқрстувшхызәғңөүұшчі')
        end as cyrillic
    from read_words
),

---------- stems, each word of a phrase apart

entries as (
    select
        row_number() over (order by lexicon.topic, lexicon.language, lexicon.stem) as entry_id,
        lexicon.topic,
        lexicon.stem,
        lexicon.source_row,
        lexicon.weight,
        lexicon.stem = upper(lexicon.stem) as is_capitals,
        string_split(lexicon.stem, ' ') as words
    from lexicon
),

entry_parts as (
    select
        entry_id,
        is_capitals,
        unnest(words) as part,
        unnest(range(1, len(words) + 1)) as part_no
    from entries
),

---------- matching forms: one byte per letter, so that the edit distance counts letters, not UTF-8 bytes

-- `fold` is how Cyrillic words and stems meet; `coarse` how Latin-script words and stems meet.
forms as (
    select
        'word' as side,
        word as item,
        is_cyrillic,
        translate(cyrillic, 'ёәғқңөұүһіdfgjlnqrsuvwz', 'еагкноуухиDFGJLNQRSUVWZ') as fold,
        replace(replace(replace(replace(
            translate(cyrillic, 'ёәғқңөұүһійыэщъь', 'еагкноуухиииеш'),
            'сч', 'ш'), 'ц', 'тс'), 'я', 'иа'), 'ю', 'иу') as coarse
    from cyrillic_words
    union all
    select distinct
        'stem',
        lower(part),
        null,
        translate(lower(part), 'ёәғқңөұүһіaceikmopxytbhdfgjlnqrsuvwz', 'еагкноуухиасеикморхутвнDFGJLNQRSUVWZ'),
        replace(replace(replace(replace(
            translate(lower(part), 'ёәғқңөұүһійыэщъь', 'еагкноуухиииеш'),
            'сч', 'ш'), 'ц', 'тс'), 'я', 'иа'), 'ю', 'иу')
    from entry_parts
),

coded_forms as (
    select
        side,
        item,
        is_cyrillic,
        string_split(translate(fold, 'абвгдежзийклмнопрстуфхцчшщъыьэюя', 'abcdefghijklmnopqrstuvwxyz012345'), '') as fold_letters,
        string_split(translate(coarse, 'абвгдежзийклмнопрстуфхцчшщъыьэюя', 'abcdefghijklmnopqrstuvwxyz012345'), '') as coarse_letters
    from forms
),

single_letters as (
    select
        side,
        item,
        is_cyrillic,
        array_to_string(list_filter(fold_letters, (letter, i) -> i = 1 or letter <> fold_letters[i - 1]), '') as fold,
        array_to_string(list_filter(coarse_letters, (letter, i) -> i = 1 or letter <> coarse_letters[i - 1]), '') as coarse
    from coded_forms
),

word_forms as (
    select
        cyrillic_words.word,
        cyrillic_words.is_cyrillic,
        case when cyrillic_words.is_capitals then upper(cyrillic_words.cyrillic) end as capitals,
        case when cyrillic_words.is_cyrillic then single_letters.fold else single_letters.coarse end as form
    from cyrillic_words
    join single_letters on single_letters.side = 'word' and single_letters.item = cyrillic_words.word
),

part_forms as (
    select
        entry_parts.entry_id,
        entry_parts.part_no,
        entry_parts.is_capitals,
        entry_parts.part,
        single_letters.fold,
        single_letters.coarse
    from entry_parts
    join single_letters on single_letters.side = 'stem' and single_letters.item = lower(entry_parts.part)
),

---------- words and stems

capitals_matches as (
    select word_forms.word, part_forms.entry_id, part_forms.part_no, 'capitals' as match_kind
    from word_forms
    join part_forms on part_forms.is_capitals and word_forms.capitals = part_forms.part
),

exact_matches as (
    select word_forms.word, part_forms.entry_id, part_forms.part_no, 'exact' as match_kind
    from word_forms
    join part_forms on word_forms.is_cyrillic and not part_forms.is_capitals and starts_with(word_forms.form, part_forms.fold)
    union all
    select word_forms.word, part_forms.entry_id, part_forms.part_no, 'transliterated'
    from word_forms
    join part_forms on not word_forms.is_cyrillic and not part_forms.is_capitals and starts_with(word_forms.form, part_forms.coarse)
    union all
    select * from capitals_matches
),

-- A typo is only looked for in a word that no stem matches as it is (the word of a phrase included, even a short
-- one such as «за» of «по уходу за»: reading more words as typos cost precision on the labelled sets).
typo_candidates as (
    select
        word_forms.word,
        word_forms.form,
        part_forms.entry_id,
        part_forms.part_no,
        case when word_forms.is_cyrillic then part_forms.fold else part_forms.coarse end as part
    from word_forms
    join part_forms on not part_forms.is_capitals
    where word_forms.word not in (select word from exact_matches)
),

typo_matches as (
    select word, entry_id, part_no, 'typo' as match_kind
    from typo_candidates
    where length(part) >= 6
        and length(form) >= length(part) - 1
        and (form[1] = part[1] or form[2] = part[2])
        and least(
            damerau_levenshtein(left(form, length(part)), part),
            damerau_levenshtein(left(form, length(part) - 1), part),
            damerau_levenshtein(left(form, length(part) + 1), part)
        ) <= 1
),

word_matches as (
    select * from exact_matches
    union all
    select * from typo_matches
),

---------- entries matched at a word position (a phrase: every part at consecutive words)

part_hits as (
    select
        text_words.text_id,
        text_words.position - word_matches.part_no + 1 as start_position,
        word_matches.entry_id,
        word_matches.part_no,
        word_matches.match_kind
    from text_words
    join word_matches using (word)
),

-- A phrase with a typo in any of its words counts half, like a single word with a typo. Weights stay decimals, so
-- that a score is an exact sum, the same whatever order the threads add it in (a tie is then a true tie).
entry_hits as (
    select
        part_hits.text_id,
        part_hits.start_position,
        part_hits.entry_id,
        entries.topic,
        entries.stem,
        entries.source_row,
        length(entries.stem) as specificity,
        bool_and(part_hits.match_kind <> 'typo') as is_exact,
        case
            when bool_or(part_hits.match_kind = 'typo') then 'typo'
            when bool_or(part_hits.match_kind = 'transliterated') then 'transliterated'
            when bool_or(part_hits.match_kind = 'capitals') then 'capitals'
            else 'exact'
        end as match_kind,
        case when bool_and(part_hits.match_kind <> 'typo') then entries.weight else entries.weight * 0.5 end as weight
    from part_hits
    join entries using (entry_id)
    group by part_hits.text_id, part_hits.start_position, part_hits.entry_id, entries.topic, entries.stem, entries.source_row, entries.weight
    -- each part of an entry can only be found once at its own position, so counting rows counts parts
    having count(*) = any_value(len(entries.words))
),

most_specific as (
    select *
    from entry_hits
    qualify row_number() over (
        partition by text_id, start_position, topic
        -- entry_id last: the same stem in both languages would otherwise tie, and the stem shown vary by run
        order by is_exact desc, specificity desc, weight desc, entry_id
    ) = 1
),

scores as (
    select
        text_id,
        topic,
        sum(weight) as score,
        min(start_position) as first_position
    from most_specific
    where weight > 0
    group by all
),

best as (
    select scores.text_id, scores.topic, scores.score
    from scores
    qualify row_number() over (
        partition by scores.text_id
        order by scores.score desc, scores.first_position, list_position({topic_order}, scores.topic)
    ) = 1
),

---------- what decided: the best topic's stems in the order of the text; the heaviest (then first) decided

best_stems as (
    select most_specific.*
    from best
    join most_specific
        on most_specific.text_id = best.text_id
        and most_specific.topic = best.topic
        and most_specific.weight > 0
),

decisive as (
    select text_id, stem as matched_stem, source_row as matched_stem_row, match_kind
    from best_stems
    qualify row_number() over (partition by text_id order by weight desc, start_position) = 1
),

stem_lists as (
    select text_id, string_agg(stem, ', ' order by start_position) as matched_stems
    from best_stems
    group by text_id
),

scripts as (
    select
        text_words.text_id,
        case
            when bool_and(word_forms.is_cyrillic) then 'cyrillic'
            when bool_and(not word_forms.is_cyrillic) then 'latin'
            else 'mixed'
        end as text_script
    from text_words
    join word_forms using (word)
    group by text_words.text_id
),

final as (
    select
        texts.text,
        $lexicon_hash as lexicon_hash,
        best.topic as lexicon_topic,
        best.score::double as lexicon_score,
        scripts.text_script,
        decisive.matched_stem,
        decisive.matched_stem_row,
        decisive.match_kind,
        stem_lists.matched_stems
    from texts
    left join best using (text_id)
    left join decisive using (text_id)
    left join stem_lists using (text_id)
    left join scripts using (text_id)
)

select * from final
