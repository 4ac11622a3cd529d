package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.pipeline.FeedKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two position feeds, start of day and end of day: one feed kind, two files. */
@Configuration(proxyBeanMethods = false)
class PositionFeedKinds {

    @Bean
    FeedKind startOfDayFeedKind(IngestProperties properties, Plausibility plausibility) {
        return PositionFeedKind.startOfDay(properties, plausibility);
    }

    @Bean
    FeedKind endOfDayFeedKind(IngestProperties properties, Plausibility plausibility) {
        return PositionFeedKind.endOfDay(properties, plausibility);
    }
}
