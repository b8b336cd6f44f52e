create sequence if not exists raw.batch_ids start 1;

create table raw.load_batches (
    batch_id bigint primary key,
    source varchar not null,
    started_at timestamp not null,
    finished_at timestamp
);

-- One row per file offered to the loader, whatever happened to it.
create table raw.load_journal (
    batch_id bigint not null,
    file_name varchar not null,
    dataset varchar,
    sha256 varchar,
    size_bytes bigint,
    status varchar not null,      -- loaded, duplicate, refused, unknown, unsupported
    rows_read bigint not null,
    rows_loaded bigint not null,
    rows_quarantined bigint not null,
    started_at timestamp not null,
    finished_at timestamp not null,
    message varchar
);

create table raw.quarantine (
    batch_id bigint not null,
    dataset varchar not null,
    source_file varchar not null,
    source_row bigint not null,
    column_name varchar,
    value varchar,
    reason_code varchar not null,
    expected_ru varchar not null,
    expected_kk varchar not null,
    reason varchar not null
);
