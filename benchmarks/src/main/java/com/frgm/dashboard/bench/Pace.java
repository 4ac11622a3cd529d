package com.frgm.dashboard.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waiting for a due time without spinning a core: on two cores a spinning sender takes half the
 * machine from the application it measures. Parks until shortly before the time, then spins
 * the last fraction of a millisecond.
 */
final class Pace {

    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

    private Pace() {}

    static void until(long dueNanos) {
        long left;
        while ((left = dueNanos - System.nanoTime()) > SPIN_NANOS) {
            LockSupport.parkNanos(left - SPIN_NANOS);
        }
        while (System.nanoTime() < dueNanos) {
            Thread.onSpinWait();
        }
    }

    /** A short pause between looks at something another thread sets. */
    static void briefly() {
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
    }
}
