-- The rows a database source held at its watermark, by SHA-256 of their text: the next read starts at the
-- watermark itself (a row committed later with the same updated_at is not lost) and skips only these.
create table raw.source_watermark_rows (
    source varchar not null,
    dataset varchar not null,
    row_sha256 varchar not null
);
