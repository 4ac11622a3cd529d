package com.frgm.dashboard.api.replay;

import java.util.Locale;
import java.util.Optional;

/**
 * How fast a replay plays: {@link #X1}, {@link #X10} and {@link #X100} times the speed of the
 * replayed clock, or {@link #FILE}, one file per fixed interval whatever the time between them.
 */
public enum ReplaySpeed {
    X1(1),
    X10(10),
    X100(100),
    FILE(0);

    private final int factor;

    ReplaySpeed(int factor) {
        this.factor = factor;
    }

    /** How many seconds of replayed time pass in one second; 0 for {@link #FILE}. */
    public int factor() {
        return factor;
    }

    /** {@code 1}, {@code 10}, {@code 100} or {@code file}. */
    public static Optional<ReplaySpeed> parse(String text) {
        for (ReplaySpeed speed : values()) {
            String name = speed == FILE ? "file" : Integer.toString(speed.factor);
            if (name.equals(text == null ? null : text.toLowerCase(Locale.ROOT))) {
                return Optional.of(speed);
            }
        }
        return Optional.empty();
    }
}
