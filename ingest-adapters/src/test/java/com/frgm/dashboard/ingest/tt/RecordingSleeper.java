package com.frgm.dashboard.ingest.tt;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Sleeps by moving the fake clock, and remembers every wait, so no test waits for real. */
final class RecordingSleeper implements Sleeper {

    private final MutableClock clock;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    List<Duration> sleeps() {
        return sleeps;
    }

    /** Waits other than the rate limiter's (which are all at most one second at 5 req/s). */
    List<Duration> longerThan(Duration d) {
        return sleeps.stream().filter(s -> s.compareTo(d) > 0).toList();
    }
}
