-- What each model was last built from: a build skips a model whose fingerprint (its SQL, the product version and
-- what it reads: the cut-off, the raw and configuration tables, the models upstream) is unchanged since then, and
-- reruns a model's data tests only when their own fingerprint (the model's and every table the tests read) changed.
-- Rewritten whole, in the build's transaction, by Runner/ModelStates.cs.
create schema if not exists ops;

create table ops.model_state (
    model varchar not null,
    fingerprint varchar not null,
    tests_fingerprint varchar not null
);
