-- Raw tables hold every loaded version of every row, typed as the input contract says,
-- with its lineage; staging picks the winning version.

create table raw.organisations (
    org_id varchar not null,
    level varchar not null,
    name_ru varchar,
    name_kk varchar,
    bin varchar,
    sector_id varchar,
    territorial_id varchar,
    region varchar,
    members bigint,
    youth_members bigint,
    valid_from date,
    active boolean,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

create table raw.events (
    event_id varchar not null,
    org_id varchar not null,
    type varchar not null,
    "date" date not null,
    participants bigint not null,
    youth_participants bigint,
    title varchar,
    format varchar,
    submitted_at timestamp,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

create table raw.org_reports (
    org_id varchar not null,
    period varchar not null,
    workers_reached_month bigint not null,
    workers_reached_total bigint not null,
    appeals_offline bigint not null,
    appeals_offline_resolved bigint,
    legal_aid_consultations bigint not null,
    reception_visitors bigint not null,
    safety_participants bigint not null,
    because_participants bigint,
    help_story_case_id varchar,
    submitted_at timestamp,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

create table raw.appeals (
    appeal_id varchar not null,
    received_at timestamp not null,
    channel varchar not null,
    kind varchar not null,
    org_id varchar not null,
    topic varchar,
    text varchar,
    first_response_at timestamp,
    resolved_at timestamp,
    status varchar not null,
    satisfaction integer,
    is_member boolean,
    age_group varchar,
    appellant_key varchar,
    updated_at timestamp,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);

create table raw.cases (
    case_id varchar not null,
    org_id varchar not null,
    category varchar not null,
    title varchar not null,
    problem varchar not null,
    actions varchar not null,
    result varchar not null,
    workers_helped bigint not null,
    amount_kzt decimal(18, 2),
    decided_at date not null,
    status varchar not null,
    best_practice boolean,
    submitted_at timestamp not null,
    batch_id bigint not null,
    source_file varchar not null,
    source_row bigint not null
);
