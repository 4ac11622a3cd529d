-- The S3 listing poller's position, per bucket and feed prefix: the greatest key it has
-- settled (ingested, found duplicate or rejected, and moved). A restart lists from the day
-- before this key's day instead of the whole bucket (ADR 0008). "C" collation makes the
-- comparison byte order, which is S3's key order.
CREATE TABLE s3_listing_cursor (
    bucket     TEXT        NOT NULL,
    prefix     TEXT        NOT NULL,
    last_key   TEXT        COLLATE "C" NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (bucket, prefix)
);
