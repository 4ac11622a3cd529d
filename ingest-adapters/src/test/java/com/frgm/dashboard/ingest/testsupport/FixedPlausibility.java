package com.frgm.dashboard.ingest.testsupport;

import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.PlausibilityProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The default plausibility windows (5 minutes, 4 days) and file zone (UTC), with "now" fixed, for
 * feed kinds outside Spring.
 */
public final class FixedPlausibility {

    private FixedPlausibility() {}

    public static Plausibility at(Instant now) {
        ZoneId utc = ZoneId.of("UTC");
        return new Plausibility(new PlausibilityProperties(null, null), utc, Clock.fixed(now, utc));
    }

    public static Plausibility at(String now) {
        return at(Instant.parse(now));
    }
}
