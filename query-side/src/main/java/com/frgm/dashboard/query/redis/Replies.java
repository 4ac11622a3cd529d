package com.frgm.dashboard.query.redis;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import java.time.Duration;
import java.util.List;

/** Waits for a pipeline's replies together; any failed reply fails the whole batch. */
final class Replies {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Replies() {}

    static void await(List<? extends RedisFuture<?>> replies, String what) {
        if (replies.isEmpty()) {
            return;
        }
        if (!LettuceFutures.awaitAll(TIMEOUT, replies.toArray(new RedisFuture[0]))) {
            throw new IllegalStateException(
                    "Redis did not answer " + replies.size() + " " + what + " within " + TIMEOUT);
        }
        for (RedisFuture<?> reply : replies) {
            String error = reply.getError();
            if (error != null) {
                if (error.startsWith("NOSCRIPT")) {
                    throw new NoScriptException(what + ": " + error);
                }
                throw new IllegalStateException("Redis refused " + what + ": " + error);
            }
        }
    }

    /** Redis no longer has a script we loaded (it restarted, or failed over). */
    static final class NoScriptException extends IllegalStateException {
        NoScriptException(String message) {
            super(message);
        }
    }

    /** Whether a guarded write's reply says it applied the write (its event was newer). */
    static boolean applied(RedisFuture<Long> reply) {
        try {
            return reply.get() == 1L;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading a Redis reply", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Redis refused a write: " + e.getCause(), e.getCause());
        }
    }
}
