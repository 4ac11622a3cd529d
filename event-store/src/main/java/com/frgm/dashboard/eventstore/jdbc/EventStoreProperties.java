package com.frgm.dashboard.eventstore.jdbc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the JDBC event store.
 *
 * @param readBatchSize events fetched per query by streaming processors and aggregate loads;
 *                      Axon's default of 100 makes replays round-trip bound
 * @param fetchDelay    how long an idle event stream waits before polling the table again;
 *                      bounds how late another process sees a commit
 * @param gapTimeout    how long a gap in the global index is waited for before it is
 *                      considered a rolled-back transaction and forgotten
 * @param appendLockKey key of the advisory lock that serialises appending transactions
 * @param readAhead     events a live processor's stream reads ahead of it at most
 *                      ({@link com.frgm.dashboard.eventstore.stream.ReadAheadEventSource})
 */
@ConfigurationProperties("frgm.event-store")
public record EventStoreProperties(
        Integer readBatchSize, Duration fetchDelay, Duration gapTimeout, Long appendLockKey, Integer readAhead) {

    public EventStoreProperties {
        readBatchSize = readBatchSize == null ? 2_000 : readBatchSize;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(25) : fetchDelay;
        gapTimeout = gapTimeout == null ? Duration.ofMinutes(1) : gapTimeout;
        appendLockKey = appendLockKey == null ? 0x46524D4745564E54L : appendLockKey;
        readAhead = readAhead == null ? 1_000 : readAhead;
    }
}
