-- What an incremental model (one whose rows each come from one key's rows of a growing raw table) was last built
-- from besides those rows, and how far the table had grown then: a build that finds the same basis and only later
-- batches recomputes the rows of the keys those batches name. Null for the other models. Written by
-- Runner/ModelStates.cs.
alter table ops.model_state add column basis varchar;
alter table ops.model_state add column source_rows bigint;
alter table ops.model_state add column source_batch bigint;
