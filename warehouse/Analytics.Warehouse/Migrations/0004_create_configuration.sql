create table config.campaign (
    name_ru varchar not null,
    name_kk varchar not null,
    start_month date not null,
    months integer not null,
    time_zone varchar not null,
    large_primary_min_members integer not null
);

-- targets.json flattened: 'kpi.F1' -> 0.7, 'threat.points.criticism' -> 1.
create table config.targets (
    key varchar primary key,
    value decimal(18, 6) not null
);

create table config.build (
    cutoff date not null,
    built_at timestamp not null,
    product_version varchar not null
);
