package com.frgm.dashboard.eventstore.jdbc;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.concurrent.TimeUnit;

/**
 * The event store: Axon's JDBC engine on PostgreSQL, schema by Flyway, Jackson everywhere.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    private final Serializer serializer = EventSerialization.serializer();

    @Bean
    @Primary
    Serializer serializer() {
        return serializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return serializer;
    }

    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          EventStoreProperties properties) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .dataType(byte[].class)
                .batchSize(properties.readBatchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .appendEvents(new SerialAppendStatementBuilder(properties.appendLockKey()))
                .build();
        return engine;
    }

    @Bean
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }
}
