package com.frgm.dashboard.eventstore.checkpoint;

import java.time.Instant;

/**
 * What a saved replay checkpoint covers: the state after every event up to and including
 * {@code globalIndex}. The times let a replay pick the nearest checkpoint it may start from on
 * either clock, and skip the later stretches that hold nothing it applies.
 *
 * @param version          the format and meaning of the saved state; a reader uses only its own
 * @param globalIndex      the last event the state includes
 * @param events           how many events the state rests on
 * @param maxStoredAt      the latest store time of any event up to {@code globalIndex}
 * @param maxFeedTime      the latest feed time of any event up to {@code globalIndex}
 * @param rangeFrom        where the stretch this checkpoint describes starts (exclusive): the
 *                         previous checkpoint's global index, or 0
 * @param rangeMinFeedTime the earliest feed time of the events in ({@code rangeFrom},
 *                         {@code globalIndex}]; null when the stretch held none
 */
public record CheckpointMeta(
        int version,
        long globalIndex,
        long events,
        Instant maxStoredAt,
        Instant maxFeedTime,
        long rangeFrom,
        Instant rangeMinFeedTime) {}
