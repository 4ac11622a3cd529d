package com.frgm.dashboard.eventstore.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every event stored at or before an instant, in global order, from the event store or from an
 * archive. Events are in global order, and their timestamps almost so (two appenders stamp an
 * event before they queue for the append lock), so reading stops only once an event is
 * {@link #SETTLE} past the instant; earlier ones beyond it are skipped, not applied.
 */
public interface EventHistory {

    Duration SETTLE = Duration.ofSeconds(10);

    /** Sends the events up to {@code at} to {@code sink}; {@code progress} gets a fraction done. */
    void replay(Instant at, Consumer<ArchivedEvent> sink, Consumer<Double> progress);

    static EventHistory of(EventReader store, int batchSize) {
        return (at, sink, progress) -> {
            long head = Math.max(1, store.head());
            long after = 0;
            while (true) {
                List<ArchivedEvent> batch = store.after(after, batchSize);
                for (ArchivedEvent e : batch) {
                    if (!e.timestamp().isAfter(at)) {
                        sink.accept(e);
                    } else if (e.timestamp().isAfter(at.plus(SETTLE))) {
                        progress.accept(1.0);
                        return;
                    }
                }
                if (batch.size() < batchSize) {
                    progress.accept(1.0);
                    return;
                }
                after = batch.get(batch.size() - 1).globalIndex();
                progress.accept(Math.min(1.0, (double) after / head));
            }
        };
    }

    static EventHistory of(Archive archive) {
        return (at, sink, progress) -> {
            List<ManifestEntry> entries = archive.manifest().stream()
                    .filter(entry -> !entry.firstTimestamp().isAfter(at.plus(SETTLE))).toList();
            int done = 0;
            for (ManifestEntry entry : entries) {
                for (ArchivedEvent e : archive.events(entry)) {
                    if (!e.timestamp().isAfter(at)) {
                        sink.accept(e);
                    }
                }
                progress.accept((double) ++done / entries.size());
            }
            progress.accept(1.0);
        };
    }
}
