package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.eventstore.files.FeedBacklog;
import com.frgm.dashboard.ingest.pipeline.FeedLane;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one drain still has to do in each feed, told to {@link FeedBacklog} while it is much
 * ({@code catchingUpAt} files or more), at most twice a second per feed, and withdrawn once the
 * feed has caught up. Feed health is bookkeeping: a failed write never stops the drain.
 */
final class DrainBacklog {

    private static final Logger log = LoggerFactory.getLogger(DrainBacklog.class);
    private static final Duration REPORT_EVERY = Duration.ofMillis(500);

    private final FeedBacklog store;
    private final int catchingUpAt;
    private final Set<FeedLane> reported;
    private final Map<FeedLane, Lane> lanes = new HashMap<>();

    /**
     * @param waiting  per feed, when each of its files started waiting, in the order they will be applied
     * @param reported the feeds this node has reported and not yet withdrawn, kept from one drain to the next
     */
    DrainBacklog(FeedBacklog store, int catchingUpAt, Map<FeedLane, List<Instant>> waiting, Set<FeedLane> reported) {
        this.store = store;
        this.catchingUpAt = catchingUpAt;
        this.reported = reported;
        waiting.forEach((lane, since) -> lanes.put(lane, new Lane(since)));
    }

    synchronized void start() {
        lanes.forEach((lane, state) -> report(lane, state, true));
    }

    /** The feed's next file is applied (or found gone). */
    synchronized void advance(FeedLane lane) {
        Lane state = lanes.get(lane);
        state.done++;
        report(lane, state, false);
    }

    /** The drain is over: a feed still holding many files stays reported, the others are caught up. */
    synchronized void finish() {
        lanes.forEach((lane, state) -> report(lane, state, true));
        for (FeedLane gone : List.copyOf(reported)) {
            if (!lanes.containsKey(gone)) {
                withdraw(gone);
            }
        }
    }

    private void report(FeedLane lane, Lane state, boolean now) {
        int files = state.since.size() - state.done;
        try {
            if (files >= catchingUpAt) {
                long nanos = System.nanoTime();
                if (now || !state.sent || nanos - state.reportedAt >= REPORT_EVERY.toNanos()) {
                    store.report(lane.kind(), lane.feed(), files, oldest(state));
                    reported.add(lane);
                    state.reportedAt = nanos;
                    state.sent = true;
                }
            } else if (reported.contains(lane)) {
                withdraw(lane);
            }
        } catch (RuntimeException e) {
            log.warn("Could not record the backlog of feed {}: {}", lane, e.toString());
        }
    }

    private void withdraw(FeedLane lane) {
        try {
            store.caughtUp(lane.kind(), lane.feed());
            reported.remove(lane);
        } catch (RuntimeException e) {
            log.warn("Could not record that feed {} caught up: {}", lane, e.toString());
        }
    }

    private static Instant oldest(Lane state) {
        return state.since.subList(state.done, state.since.size()).stream()
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    private static final class Lane {
        final List<Instant> since;
        int done;
        boolean sent;
        long reportedAt;

        Lane(List<Instant> since) {
            this.since = since;
        }
    }
}
