-- How far each dataset of a database source has been read (its latest updated_at / submitted_at).
create table raw.source_watermarks (
    source varchar not null,
    dataset varchar not null,
    watermark varchar not null,
    batch_id bigint not null,
    primary key (source, dataset)
);
