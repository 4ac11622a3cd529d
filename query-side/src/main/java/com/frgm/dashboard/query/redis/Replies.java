package com.frgm.dashboard.query.redis;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import java.time.Duration;
import java.util.List;

/** Waits for a pipeline's replies together; any failed reply fails the whole batch. */
final class Replies {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Replies() {
    }

    static void await(List<RedisFuture<?>> replies, String what) {
        if (replies.isEmpty()) {
            return;
        }
        if (!LettuceFutures.awaitAll(TIMEOUT, replies.toArray(new RedisFuture[0]))) {
            throw new IllegalStateException("Redis did not answer " + replies.size() + " " + what + " within " + TIMEOUT);
        }
        for (RedisFuture<?> reply : replies) {
            if (reply.getError() != null) {
                throw new IllegalStateException("Redis refused " + what + ": " + reply.getError());
            }
        }
    }
}
