-- Replay checkpoints (ADR 0022): the point-in-time state after every event up to global_index,
-- so that an answer replays from the nearest one instead of from the first event. Derived
-- state: rebuilt by the checkpoint writer when lost; a version the code does not know is ignored.
CREATE TABLE replay_checkpoint (
    version             INTEGER     NOT NULL,
    global_index        BIGINT      NOT NULL,
    events              BIGINT      NOT NULL,
    max_stored_at       TIMESTAMPTZ,
    max_feed_time       TIMESTAMPTZ,
    range_from          BIGINT      NOT NULL,
    range_min_feed_time TIMESTAMPTZ,
    state               BYTEA       NOT NULL,
    PRIMARY KEY (version, global_index)
);
