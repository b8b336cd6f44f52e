-- methodology §8: "the share of appeals classified by the lexicon is reported". Per campaign month, for the
-- federation, sector unions, territorial associations and regions (the barometer's scopes and registry,
-- int_monitoring_rolled_up), how the month's appeals got their topic: given by the source, found by the lexicon in
-- the text, or left as `other` (no given topic, and no text or no stem in it). Analysts read classified_text_share
-- to see the classifier losing ground (new words, a new way of writing), and the Latin-script columns to see how
-- much of it comes from appeals typed in Latin letters. A month in progress runs to the cut-off (is_complete false).
-- No text and no stem: only counts (methodology §12).
with

periods as (select * from intermediate.int_monitoring_periods where period_kind = 'month'),

rolled_up as (select * from intermediate.int_monitoring_rolled_up where period_kind = 'month'),

appeals as (select * from intermediate.int_appeals_classified),

in_month as (
    select
        rolled_up.period as month,
        rolled_up.scope,
        rolled_up.key,
        appeals.has_given_topic,
        appeals.is_classified,
        appeals.has_text,
        appeals.text_script in ('latin', 'mixed') as has_latin_text
    from appeals
    join rolled_up
        on rolled_up.period = appeals.campaign_month
        and rolled_up.org_id = appeals.org_id
),

counted as (
    select
        month,
        scope,
        key,
        count(*) as appeals,
        count(*) filter (where has_given_topic) as given_topic_appeals,
        count(*) filter (where not has_given_topic and has_text) as text_appeals,
        count(*) filter (where is_classified) as classified_appeals,
        count(*) filter (where not has_given_topic and not is_classified) as other_appeals,
        count(*) filter (where not has_given_topic and has_latin_text) as latin_text_appeals,
        count(*) filter (where is_classified and has_latin_text) as latin_classified_appeals
    from in_month
    group by all
),

final as (
    select
        counted.month,
        periods.is_complete,
        counted.scope,
        counted.key,
        ---------- counts
        counted.appeals,
        counted.given_topic_appeals,
        counted.text_appeals,
        counted.classified_appeals,
        counted.other_appeals,
        counted.latin_text_appeals,
        counted.latin_classified_appeals,
        ---------- shares
        counted.classified_appeals / counted.appeals as classified_share,
        counted.other_appeals / counted.appeals as other_share,
        case when counted.text_appeals > 0 then counted.classified_appeals / counted.text_appeals end as classified_text_share,
        case
            when counted.latin_text_appeals > 0 then counted.latin_classified_appeals / counted.latin_text_appeals
        end as latin_classified_share
    from counted
    join periods on periods.period = counted.month
)

select * from final
