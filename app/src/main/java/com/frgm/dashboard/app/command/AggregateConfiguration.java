package com.frgm.dashboard.app.command;

import com.frgm.dashboard.command.marketdata.StrongLruCache;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
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

    /**
     * Axon's own snapshotter, as its auto-configuration builds it, but taking snapshots on a thread
     * of its own: by default it takes them on the thread that committed the file, after the commit,
     * so every 20,000th event the ingest stopped to load the feed from its last snapshot and write
     * the next one (13% of the ingest thread's samples in a profile of the ingest benchmark). A
     * snapshot is only a shortcut for loading: one still queued at a crash is simply not taken.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(
            org.axonframework.config.Configuration axon,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory,
            SnapshotThread thread) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(thread.executor())
                .build();
    }

    @Bean
    SnapshotThread snapshotThread() {
        return new SnapshotThread();
    }

    @Bean
    Cache marketDataCache(CommandProperties properties) {
        return new StrongLruCache(properties.marketData().cachedFeeds());
    }

    /**
     * The books are loaded for every file of their account too: without a cache each TT snapshot
     * loaded the order book from its snapshot and up to 2,000 events before it could be compared.
     * One cache per aggregate type: an order book and a position book may share an identifier.
     */
    @Bean
    Cache orderBookCache(CommandProperties properties) {
        return new StrongLruCache(properties.books().cachedBooks());
    }

    @Bean
    Cache positionBookCache(CommandProperties properties) {
        return new StrongLruCache(properties.books().cachedBooks());
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
