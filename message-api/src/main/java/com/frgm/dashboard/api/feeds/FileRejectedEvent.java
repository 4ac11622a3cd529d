package com.frgm.dashboard.api.feeds;

import org.axonframework.serialization.Revision;

/**
 * A file was refused and kept aside with its report (docs/feeds.md): nothing of it was applied.
 * One event per refusal, as feed health counts them; recorded in the transaction that records
 * the refusal for feed health, so that a replay knows the rejects of any day.
 *
 * @param feedKind     market-data, sod, eod or working-orders
 * @param problemCount how many problems the report lists; {@code firstProblem} the first of them
 */
@Revision("1")
public record FileRejectedEvent(
        String feedKind,
        String feedId,
        String bucket,
        String fileKey,
        String contentSha256,
        int problemCount,
        String firstProblem) {}
