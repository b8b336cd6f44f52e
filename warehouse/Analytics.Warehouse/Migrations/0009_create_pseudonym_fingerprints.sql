-- Which pseudonym secret the warehouse's pseudonyms were made with, as an HMAC of a fixed text under it (the
-- secret itself is never stored). A load with another secret is refused unless the analyst rotates it.
create table config.pseudonym_fingerprints (
    fingerprint varchar not null,
    batch_id bigint not null,
    recorded_at timestamp not null
);
