-- TT REST requests used per UTC day, shared by every ingest node and kept across restarts, so
-- the daily cap of the TT plan holds however often nodes restart or take over (ADR 0014).
CREATE TABLE tt_request_budget (
    day  DATE   PRIMARY KEY,
    used BIGINT NOT NULL
);
