package com.frgm.dashboard.ingest.tt;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code frgm.tt.polls} (outcome: ok, failed, capped), {@code frgm.tt.snapshots.written},
 * {@code frgm.tt.requests}, {@code frgm.tt.throttled} (429 answers), {@code frgm.tt.failures}
 * (reason: http, io, cap, sink, mapping) and {@code frgm.tt.orders.skipped}.
 */
final class TtMetrics {

    private final MeterRegistry meters;

    TtMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void poll(String outcome) {
        counter("frgm.tt.polls", "TT polls by outcome", "outcome", outcome).increment();
    }

    void snapshotWritten() {
        counter("frgm.tt.snapshots.written", "Working-order snapshots written to the TT bucket")
                .increment();
    }

    void request() {
        counter("frgm.tt.requests", "HTTP requests sent to TT").increment();
    }

    void throttled() {
        counter("frgm.tt.throttled", "429 answers from TT").increment();
    }

    void failure(String reason) {
        counter("frgm.tt.failures", "Failed TT polls by reason", "reason", reason)
                .increment();
    }

    void skippedOrder() {
        counter("frgm.tt.orders.skipped", "TT orders left out of a snapshot because a field could not be mapped")
                .increment();
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(meters);
    }
}
