package com.frgm.dashboard.command.marketdata;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
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
    Cache marketDataCache() {
        return new WeakReferenceCache();
    }

    @Bean
    SnapshotTriggerDefinition marketDataSnapshotTrigger(
            Snapshotter snapshotter,
            @Value("${frgm.command.market-data.snapshot-every:2000}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
