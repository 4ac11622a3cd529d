package com.frgm.dashboard.query.rebuild;

import com.frgm.dashboard.eventstore.replay.ReplaySource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A history (DynamoDB) projection rebuilt in place (ADR 0024): its items are pure functions of
 * events, keyed by what they describe, so the processor's tokens are reset and it rewrites every
 * item from the first event while it keeps following the store. Progress is the token's. There is
 * no second version to switch to, and nothing to cancel: a stopped reset would leave the tokens
 * part way, which is a replay still to finish, not the old state.
 */
final class HistoryRebuildRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(HistoryRebuildRun.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Rebuild rebuild;
    private final LiveProcessors processors;
    private final ReplaySource source;
    private final RebuildLock lock;

    HistoryRebuildRun(Rebuild rebuild, LiveProcessors processors, ReplaySource source, RebuildLock lock) {
        this.rebuild = rebuild;
        this.processors = processors;
        this.source = source;
        this.lock = lock;
    }

    @Override
    public void run() {
        try {
            StreamingEventProcessor processor =
                    processors.processor(rebuild.name).orElseThrow();
            long head = source.head();
            processor.shutdownAsync().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            processor.resetTokens();
            processor.start();
            log.info(
                    "History projection {} reset to the first event; rewriting its items up to {}", rebuild.name, head);
            while (!(processors.claimed(rebuild.name)
                    && !processors.replaying(rebuild.name)
                    && processors.lowestPosition(rebuild.name) >= head)) {
                if (rebuild.cancelRequested()) {
                    // Only a stopping node asks: the reset stays, and the processor finishes it after the restart.
                    rebuild.ended(Rebuild.CANCELLED, rebuild.cancelReason());
                    return;
                }
                Thread.sleep(POLL.toMillis());
                rebuild.progressed(processors.lowestPosition(rebuild.name));
                lock.renew(rebuild.name);
            }
            rebuild.progressed(processors.lowestPosition(rebuild.name));
            rebuild.ended(Rebuild.SWITCHED, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rebuild.ended(Rebuild.FAILED, "interrupted (the node is stopping); the processor goes on replaying");
        } catch (Exception e) {
            rebuild.ended(Rebuild.FAILED, RedisRebuildRun.rootMessage(e));
            log.error("Rebuild of history projection {} failed", rebuild.name, e);
        } finally {
            lock.release(rebuild.name);
        }
    }
}
