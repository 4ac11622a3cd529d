package com.frgm.dashboard.query.rebuild;

import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import com.frgm.dashboard.query.replay.ReplayWindow;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A blue/green rebuild of one or more Redis read models in one pass over the store (ADR 0024):
 * their projections write into the new versions' keyspaces, fed by the replay engine from the
 * first event, on a rebuild thread. Once the new versions are within {@code switchLag} events
 * of the head, every live write of them is held back, the last events are applied and the new
 * versions take over atomically. Cancelled or failed, the new versions' keys are deleted and the
 * live ones were never touched.
 */
final class RedisRebuildRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RedisRebuildRun.class);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(5);

    /** One read model of the run and the record of its rebuild. */
    record Part(RebuildTarget target, Rebuild rebuild) {}

    private final List<Part> parts;
    private final ReplayEngine engine;
    private final ReplaySource source;
    private final RebuildLock lock;
    private final long switchLag;
    private long renewedAt = System.nanoTime();

    RedisRebuildRun(List<Part> parts, ReplayEngine engine, ReplaySource source, RebuildLock lock, long switchLag) {
        this.parts = List.copyOf(parts);
        this.engine = engine;
        this.source = source;
        this.lock = lock;
        this.switchLag = switchLag;
    }

    @Override
    public void run() {
        try {
            parts.forEach(part -> part.target().discard(part.rebuild().version));
            List<Object> projections = parts.stream()
                    .map(part -> part.target().projection(part.rebuild().version))
                    .toList();
            long position = 0;
            while (true) {
                position = Math.max(
                        position,
                        engine.replay(source, position, ReplayWindow.everything(), projections, this::progressed)
                                .lastGlobalIndex());
                if (source.head() - position <= switchLag) {
                    break;
                }
            }
            parts.forEach(part -> part.rebuild().switching());
            long caughtUp = position;
            switchFrom(
                    0,
                    () -> engine.replay(
                            source, caughtUp, ReplayWindow.upTo(source.head()), projections, this::progressed));
            parts.forEach(part -> part.rebuild().ended(Rebuild.SWITCHED, null));
            log.info(
                    "Rebuilt {} from the event store up to global index {}; the new versions serve",
                    names(),
                    parts.get(0).rebuild().position());
        } catch (RebuildCancelledException e) {
            discard();
            parts.forEach(part -> part.rebuild().ended(Rebuild.CANCELLED, e.getMessage()));
            log.info("Rebuild of {} cancelled: {}", names(), e.getMessage());
        } catch (RuntimeException e) {
            discard();
            parts.forEach(part -> part.rebuild().ended(Rebuild.FAILED, rootMessage(e)));
            log.error("Rebuild of {} failed; the live versions still serve", names(), e);
        } finally {
            parts.forEach(part -> lock.release(part.target().name()));
        }
    }

    /** Closes every part's gate in turn (nested), runs the last events inside all of them, then switches each. */
    private void switchFrom(int index, Runnable lastEvents) {
        if (index == parts.size()) {
            lastEvents.run();
            return;
        }
        Part part = parts.get(index);
        long moved = part.target().switchTo(part.rebuild().version, () -> switchFrom(index + 1, lastEvents));
        log.info(
                "Projection {} switched to version {} ({} keys moved)",
                part.target().name(),
                part.rebuild().version,
                moved);
    }

    private void progressed(long lastGlobalIndex) {
        for (Part part : parts) {
            if (part.rebuild().cancelRequested()) {
                throw new RebuildCancelledException(part.rebuild().cancelReason());
            }
            part.rebuild().progressed(lastGlobalIndex);
        }
        if (System.nanoTime() - renewedAt > RENEW_EVERY.toNanos()) {
            renewedAt = System.nanoTime();
            for (Part part : parts) {
                if (!lock.renew(part.target().name())) {
                    throw new IllegalStateException(
                            "the rebuild lock of " + part.target().name() + " was lost");
                }
            }
        }
    }

    private void discard() {
        for (Part part : parts) {
            try {
                part.target().discard(part.rebuild().version);
            } catch (RuntimeException e) {
                log.warn(
                        "Could not delete the keys of {} version {}; a restart deletes them: {}",
                        part.target().name(),
                        part.rebuild().version,
                        e.toString());
            }
        }
    }

    private List<String> names() {
        return parts.stream().map(part -> part.target().name()).toList();
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
