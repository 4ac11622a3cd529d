package com.frgm.dashboard.command.marketdata;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A feed aggregate is loaded once per file, every second: keep it in memory, and snapshot it
 * so that a cold load reads a bounded number of events.
 */
@Configuration(proxyBeanMethods = false)
class MarketDataAggregateConfiguration {

    @Bean
    Cache marketDataCache(@Value("${frgm.command.market-data.cached-feeds:1000}") int maxFeeds) {
        return new StrongLruCache(maxFeeds);
    }

    @Bean
    SnapshotTriggerDefinition marketDataSnapshotTrigger(
            Snapshotter snapshotter,
            @Value("${frgm.command.market-data.snapshot-every:20000}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
