-- methodology §4, campaign to date: the map colours of intermediate.int_map_colours at the cut-off.
with

colours as (select * from intermediate.int_map_colours where period = 'to-date'),

final as (
    select scope, key, completion, colour, primaries from colours
)

select * from final
