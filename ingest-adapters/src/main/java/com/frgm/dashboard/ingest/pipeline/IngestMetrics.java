package com.frgm.dashboard.ingest.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * {@code frgm.ingest.files} (feed, outcome), {@code frgm.ingest.events.appended} (feed) and
 * {@code frgm.ingest.file.duration} (feed): what the desk reads to see the feeds flow.
 */
final class IngestMetrics {

    private final MeterRegistry meters;

    IngestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void record(String feed, IngestOutcome outcome, long nanos) {
        Counter.builder("frgm.ingest.files")
                .description("Feed files by outcome")
                .tag("feed", feed)
                .tag("outcome", outcomeName(outcome))
                .register(meters)
                .increment();
        if (outcome instanceof IngestOutcome.Accepted accepted) {
            Counter.builder("frgm.ingest.events.appended")
                    .description("Events appended to the event store")
                    .tag("feed", feed)
                    .register(meters)
                    .increment(accepted.events());
            Timer.builder("frgm.ingest.file.duration")
                    .description("Read, validate and commit one file")
                    .tag("feed", feed)
                    .register(meters)
                    .record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private static String outcomeName(IngestOutcome outcome) {
        // Lower-cased record name: accepted, duplicate, rejected, unsupported, retry.
        return outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
