package com.frgm.dashboard.query.rebuild;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that Redis lost the read models (flushed, replaced by an empty server, restarted
 * without its data): the marker key is rewritten with the live position every pass, so when it is
 * missing while the processors' tokens say events were applied, the Redis read models are rebuilt
 * blue/green from the store (ADR 0024, docs/runbook-redis-lost.md). The first passes also delete
 * what rebuilds interrupted by a stop left behind, once their locks have lapsed.
 */
final class RedisFlushWatch extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(RedisFlushWatch.class);

    private final ProjectionRebuilds rebuilds;
    private final ProjectionMarker marker;
    private final Duration interval;
    private final boolean rebuildWhenLost;
    private final boolean tokensAtStart;
    private boolean firstPass = true;
    private Set<String> abandoned;

    /**
     * @param tokensAtStart whether the Redis read models' processors had tokens before they started:
     *                      without, they build Redis from the first event themselves (a new node, a
     *                      restore), and a missing marker on the first pass means nothing is lost
     */
    RedisFlushWatch(
            ProjectionRebuilds rebuilds,
            ProjectionMarker marker,
            Duration interval,
            boolean rebuildWhenLost,
            boolean tokensAtStart) {
        super("redis-flush-watch");
        this.tokensAtStart = tokensAtStart;
        this.rebuilds = rebuilds;
        this.marker = marker;
        this.interval = interval;
        this.rebuildWhenLost = rebuildWhenLost;
    }

    @Override
    protected void runOnce() {
        if (abandoned == null) {
            abandoned = rebuilds.redisNames();
        }
        if (!abandoned.isEmpty()) {
            rebuilds.discardAbandoned(abandoned);
        }
        long position = rebuilds.redisLivePosition();
        boolean expected = !firstPass || tokensAtStart;
        firstPass = false;
        if (!marker.present() && expected && position > 0 && rebuildWhenLost) {
            log.warn(
                    "Redis has lost the read models (no marker, but the processors are at global index {});"
                            + " rebuilding them from the event store",
                    position);
            rebuilds.redisLost();
        }
        marker.write(position);
    }

    @Override
    protected Duration pause() {
        return interval;
    }
}
