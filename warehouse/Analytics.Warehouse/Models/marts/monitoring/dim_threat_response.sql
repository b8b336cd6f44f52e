-- methodology §10: what a zone and an entry's level ask for, from the algorithm's appendices 6 and 1, in Kazakh as
-- adopted and in Russian: one row per text (a list gives one row per line, in order). Zone rows carry the codes of
-- informing the federation and of the monitoring frequency.
with

texts as (select * from config.threat_response),

codes as (select * from config.threat_zone_codes),

final as (
    select
        texts.subject,
        texts.key,
        case texts.subject
            when 'zone' then list_position(['green', 'yellow', 'orange', 'red'], texts.key)
            when 'level' then list_position(['low', 'medium', 'high', 'critical'], texts.key)
            else 1
        end as key_order,
        texts.language,
        texts.item,
        texts.position,
        texts.text as wording,
        codes.inform_federation,
        codes.monitoring
    from texts
    left join codes on texts.subject = 'zone' and codes.zone = texts.key
)

select * from final
