-- confirmed_by names a person: it stays in raw (methodology §12); no model selects it.
create table raw.confirmations (
    confirmation_id varchar not null,
    org_id varchar not null,
    period varchar not null,
    status varchar not null,
    confirmed_at timestamp not null,
    confirmed_by varchar,
    comment varchar,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);
