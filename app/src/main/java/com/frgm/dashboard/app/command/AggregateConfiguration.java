package com.frgm.dashboard.app.command;

import com.frgm.dashboard.command.marketdata.StrongLruCache;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the aggregates name in their {@code @Aggregate}: the feed aggregates' cache and the snapshot
 * triggers. A feed aggregate is loaded once per file, every second: it stays in memory, and
 * snapshots keep a cold load to a bounded number of events. The order book lives for years and
 * gains events with every snapshot; position books are small and share its trigger.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandProperties.class)
class AggregateConfiguration {

    @Bean
    Cache marketDataCache(CommandProperties properties) {
        return new StrongLruCache(properties.marketData().cachedFeeds());
    }

    @Bean
    SnapshotTriggerDefinition marketDataSnapshotTrigger(Snapshotter snapshotter, CommandProperties properties) {
        return new EventCountSnapshotTriggerDefinition(
                snapshotter, properties.marketData().snapshotEvery());
    }

    @Bean
    SnapshotTriggerDefinition bookSnapshotTrigger(Snapshotter snapshotter, CommandProperties properties) {
        return new EventCountSnapshotTriggerDefinition(
                snapshotter, properties.books().snapshotEvery());
    }
}
