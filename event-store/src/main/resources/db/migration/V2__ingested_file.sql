-- The durable identity of every accepted feed file: the SHA-256 of its content. The row is
-- inserted in the same transaction as the file's events, so a file is either ingested with
-- its row or not at all, and the primary key makes a second delivery a no-op on any node.
CREATE TABLE ingested_file (
    content_sha256 CHAR(64)    NOT NULL PRIMARY KEY,
    bucket         TEXT        NOT NULL,
    file_key       TEXT        NOT NULL,
    event_count    INTEGER     NOT NULL,
    ingested_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX ingested_file_key_idx ON ingested_file (bucket, file_key);
