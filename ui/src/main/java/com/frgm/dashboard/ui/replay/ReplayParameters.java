package com.frgm.dashboard.ui.replay;

import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.replay.ReplaySpeed;
import com.frgm.dashboard.ui.BadParameterException;
import com.frgm.dashboard.ui.InstantParameter;
import com.frgm.dashboard.ui.ladder.InstrumentNames;
import java.time.Instant;
import java.util.Locale;

/** The replay endpoints' parameters, each refused with its name before any replay starts. */
final class ReplayParameters {

    private ReplayParameters() {}

    /** {@code first} and {@code second}, the second strictly after the first. */
    static Instant[] window(String fromName, String from, String toName, String to) {
        Instant start = InstantParameter.parse(fromName, from);
        Instant end = InstantParameter.parse(toName, to);
        if (!end.isAfter(start)) {
            throw new BadParameterException(toName, toName + " must be after " + fromName + ", not " + to);
        }
        return new Instant[] {start, end};
    }

    static ReplayClock clock(String clock) {
        if (clock == null) {
            return ReplayClock.DESK;
        }
        return switch (clock.toLowerCase(Locale.ROOT)) {
            case "desk" -> ReplayClock.DESK;
            case "feed" -> ReplayClock.FEED;
            default ->
                throw new BadParameterException(
                        "clock",
                        "clock must be desk (when stored) or feed (as the " + "feed stamped it), not '" + shorten(clock)
                                + "'");
        };
    }

    static ReplaySpeed speed(String speed) {
        return ReplaySpeed.parse(speed == null ? "1" : speed)
                .orElseThrow(() -> new BadParameterException(
                        "speed", "speed must be 1, 10, 100 or file, not '" + shorten(speed) + "'"));
    }

    static String instrument(String instrument) {
        return instrument == null ? null : InstrumentNames.requireValid("instrument", instrument);
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }
}
