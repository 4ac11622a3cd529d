package com.frgm.dashboard.ingest;

import com.frgm.dashboard.ingest.file.TimeLimits;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The time limits for a file being ingested now. Feed kinds ask for them once per file, so one
 * file is judged against one instant. "Now" is at or after the file's arrival, so the window is
 * never narrower than the configured time past arrival.
 */
@Component
public class Plausibility {

    private final PlausibilityProperties properties;
    private final ZoneId fileZone;
    private final Clock clock;

    /** The application's {@link Clock} bean when there is exactly one (tests fix time so), else the system's. */
    @Autowired
    Plausibility(PlausibilityProperties properties, IngestProperties ingest, ObjectProvider<Clock> clock) {
        this(properties, ingest.fileZone(), clock.getIfUnique(Clock::systemUTC));
    }

    public Plausibility(PlausibilityProperties properties, ZoneId fileZone, Clock clock) {
        this.properties = properties;
        this.fileZone = fileZone;
        this.clock = clock;
    }

    public TimeLimits limitsNow() {
        return TimeLimits.of(clock.instant(), fileZone, properties.timeAhead(), properties.businessDateAhead());
    }
}
