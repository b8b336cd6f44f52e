-- methodology §10, history: the threat index, zone and regime of every organisation with a journal entry in the
-- campaign by the day, as of the last day of each campaign week started by the cut-off (the cut-off for the week in
-- progress). The same computation as the light at the cut-off (intermediate.int_threat_light_as_of).
with

light as (select * from intermediate.int_threat_light_as_of),

weeks as (select * from intermediate.int_threat_as_of_days where campaign_week is not null),

final as (
    select
        weeks.campaign_week as week,
        light.org_id,
        weeks.as_of,
        weeks.is_week_complete as week_complete,
        light.points,
        light.zone,
        light.regime,
        light.signs,
        light.signs_band
    from light
    join weeks using (as_of)
)

select * from final
