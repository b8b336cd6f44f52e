create table raw.media (
    publication_id varchar not null,
    org_id varchar not null,
    published_at timestamp not null,
    platform varchar not null,
    format varchar not null,
    project bigint,
    reach bigint not null,
    views bigint,
    engagements bigint,
    url varchar,
    best boolean,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

-- author, source_name and summary never leave the warehouse (methodology §12): no model selects them.
create table raw.threat_journal (
    entry_id varchar not null,
    org_id varchar not null,
    detected_at timestamp not null,
    source_type varchar not null,
    source_name varchar,
    author varchar,
    summary varchar,
    reach bigint,
    sign varchar not null,
    level varchar not null,
    facts_collected_at timestamp,
    position_drafted_at timestamp,
    position_delivered_at timestamp,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

create table raw.monitoring_regimes (
    org_id varchar not null,
    starts date not null,
    ends date not null,
    reason varchar not null,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

create table raw.surveys (
    response_id varchar not null,
    org_id varchar not null,
    answered_at timestamp not null,
    trust bigint not null,
    satisfaction bigint,
    aware_of_results boolean,
    age_group varchar,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

create table raw.trainings (
    training_id varchar not null,
    org_id varchar not null,
    "date" date not null,
    topic varchar not null,
    trainees bigint not null,
    youth_trainees bigint,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

-- ambassador_id arrives already replaced by its keyed hash (methodology §12).
create table raw.ambassadors (
    ambassador_id varchar not null,
    org_id varchar not null,
    category varchar not null,
    joined_at date not null,
    publications bigint,
    events_organised bigint,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);
