package com.frgm.dashboard.ingest;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far into the future a file's times may lie (docs/adr/0013). Aggregates ignore anything
 * older than the latest they hold, so one far-future time would hide every later file of its
 * instrument, book or position date.
 *
 * @param timeAhead         quote times, market-data file-name times and TT snapshot times may be at
 *                          most this far past the moment the file is ingested (at or after its arrival)
 * @param businessDateAhead a start- or end-of-day file's business date may be at most this many days
 *                          after today in the file zone
 */
@ConfigurationProperties("frgm.ingest.plausibility")
public record PlausibilityProperties(Duration timeAhead, Period businessDateAhead) {

    public PlausibilityProperties {
        timeAhead = timeAhead == null ? Duration.ofMinutes(5) : timeAhead;
        businessDateAhead = businessDateAhead == null ? Period.ofDays(4) : businessDateAhead;
        if (timeAhead.isNegative()) {
            throw new IllegalArgumentException(
                    "frgm.ingest.plausibility.time-ahead must not be negative: " + timeAhead);
        }
        if (businessDateAhead.isNegative()) {
            throw new IllegalArgumentException(
                    "frgm.ingest.plausibility.business-date-ahead must not be negative: " + businessDateAhead);
        }
    }
}
