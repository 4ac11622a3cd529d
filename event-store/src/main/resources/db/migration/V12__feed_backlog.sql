-- Files an ingest node has found waiting in a feed and not yet settled, while that is many
-- (ADR 0020): what feed health shows as "catching up", with the backlog's size and age, on
-- every node. A row is deleted when the feed has caught up; a row not refreshed for a while
-- belongs to a node that died mid-drain and is ignored by readers.
CREATE TABLE feed_backlog (
    feed_kind    TEXT        NOT NULL,
    feed_id      TEXT        NOT NULL,
    files        INTEGER     NOT NULL,
    oldest_since TIMESTAMPTZ,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (feed_kind, feed_id)
);
