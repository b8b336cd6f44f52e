-- What `analytics deliver` (and `serve`) sent by e-mail: one row per message, so that a second run sends nothing
-- twice. A message carries one report in one language (its PDF and XLSX) to one recipient; files_sha256 is the
-- SHA-256 of the attachments' own SHA-256s, so a report printed again with different content is a new delivery
-- and the same content is not. Addresses are the federation's officials', kept here only; no extract reads ops.*.
create schema if not exists ops;

create table ops.delivery_journal (
    family varchar not null,
    period varchar not null,
    scope varchar not null,
    key varchar not null,
    language varchar not null,
    recipient varchar not null,
    files_sha256 varchar not null,
    attachments varchar not null,
    sent_at timestamp not null,
    message_id varchar not null
);
