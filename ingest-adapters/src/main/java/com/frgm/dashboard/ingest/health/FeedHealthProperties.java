package com.frgm.dashboard.ingest.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param stallAfter    a market-data feed with no accepted file for this long is stalled
 * @param checkInterval how often the ingest role checks for stalls
 */
@ConfigurationProperties("frgm.feeds")
public record FeedHealthProperties(Duration stallAfter, Duration checkInterval) {

    public FeedHealthProperties {
        stallAfter = stallAfter == null ? Duration.ofSeconds(60) : stallAfter;
        checkInterval = checkInterval == null ? Duration.ofSeconds(5) : checkInterval;
    }
}
