-- What the feed-health view and the stall monitor read: which feed each ingested file belongs
-- to, its business time and row count (ingest lag is ingested_at - file_time), and every
-- rejection, which stores no events but still counts against its feed.
ALTER TABLE ingested_file
    ADD COLUMN feed_kind TEXT,
    ADD COLUMN feed_id   TEXT,
    ADD COLUMN file_time TIMESTAMPTZ,
    ADD COLUMN row_count INTEGER;

CREATE INDEX ingested_file_recent_idx ON ingested_file (ingested_at);

CREATE TABLE rejected_file (
    id             BIGSERIAL   PRIMARY KEY,
    feed_kind      TEXT        NOT NULL,
    feed_id        TEXT        NOT NULL,
    bucket         TEXT        NOT NULL,
    file_key       TEXT        NOT NULL,
    content_sha256 CHAR(64),
    problem_count  INTEGER     NOT NULL,
    first_problem  TEXT        NOT NULL,
    rejected_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX rejected_file_recent_idx ON rejected_file (rejected_at);
