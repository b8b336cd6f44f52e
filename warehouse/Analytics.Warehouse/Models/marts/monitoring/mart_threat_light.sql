-- methodology §10: the information threat traffic light at the cut-off: intermediate.int_threat_light_as_of on the
-- cut-off day, the same computation as every week of the history. No author, source
-- name or summary.
with

light as (select * from intermediate.int_threat_light_as_of),

cutoff as (select as_of from intermediate.int_threat_as_of_days where is_cutoff),

final as (
    select light.* exclude (as_of)
    from light
    join cutoff using (as_of)
)

select * from final
