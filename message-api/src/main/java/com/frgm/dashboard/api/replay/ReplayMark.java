package com.frgm.dashboard.api.replay;

import java.time.Instant;

/**
 * Something worth a mark on a replay's timeline.
 *
 * @param kind     {@code file} (applied), {@code reject} (a file refused), {@code stall} (a feed
 *                 went quiet) or {@code fill} (one of our orders filled)
 * @param at       when, on the replay's clock
 * @param feedKind market-data, tt-orders, sod or eod; null for a fill
 * @param feedId   the feed, for a file, reject or stall
 * @param fileKey  the file, for a file or reject
 * @param detail   for a reject its first problem; for a fill "BUY 5 ZNH24 @ 110.5"; else null
 */
public record ReplayMark(
        String kind, Instant at, long globalIndex, String feedKind, String feedId, String fileKey, String detail) {

    public static final String FILE = "file";
    public static final String REJECT = "reject";
    public static final String STALL = "stall";
    public static final String FILL = "fill";
}
