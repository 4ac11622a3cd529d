package com.frgm.dashboard.api.audit;

import java.time.Instant;

/**
 * One feed as it stood at an instant of the past.
 *
 * @param feedKind      market-data, sod, eod or tt-orders
 * @param feedId        the feed (a market-data feed's id; the kind for the others)
 * @param state         {@code stalled} while a stall is open, else {@code flowing} once a file came,
 *                      {@code no-file} before any
 * @param stalledSince  when the open stall was detected, else null
 * @param lastFileKey   the last file applied, with its feed time and the time it was stored
 * @param rejectsToday  files of this feed refused on the instant's business day, up to the instant
 */
public record FeedAtInstant(
        String feedKind,
        String feedId,
        String state,
        Instant stalledSince,
        String lastFileKey,
        Instant lastFileTime,
        Instant lastFileStoredAt,
        int rejectsToday,
        String lastRejectedFileKey) {}
