package com.frgm.dashboard.ingest.tt;

import java.time.Duration;

/** How the poller waits (rate limit, backoff); tests pass one that advances a fake clock. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
