-- The event archive's durable position (docs/adr/0010): every event with a global_index up to
-- and including last_global_index is in a segment whose manifest entry has been written.
-- One row; advanced only after a segment and its manifest entry are stored.
CREATE TABLE archive_cursor (
    id                INTEGER     PRIMARY KEY CHECK (id = 1),
    last_global_index BIGINT      NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO archive_cursor (id, last_global_index) VALUES (1, 0);
