package com.frgm.dashboard.eventstore.jdbc;

import com.frgm.dashboard.eventstore.stream.ReadAheadEventSource;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

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

    /** Tells a duplicate (aggregate, sequence) key, i.e. a concurrent append, from other failures. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }

    /** Axon's token store, autoconfigured, reads and writes through this schema. */
    @Bean
    TokenSchema tokenSchema() {
        return Schemas.tokens();
    }

    /**
     * Every {@link EventUpcaster} bean, in {@code @Order}, as one chain; the storage engine reads
     * every event through it. Asked for as a list, Spring leaves the chain (an upcaster itself) out
     * of its own candidates.
     */
    @Bean
    EventUpcasterChain eventUpcasterChain(ObjectProvider<List<EventUpcaster>> upcasters) {
        return EventUpcasters.chain(upcasters.getIfAvailable(List::of));
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            PersistenceExceptionResolver persistenceExceptionResolver,
            EventStoreProperties properties,
            EventUpcasterChain upcasterChain) {
        return storageEngine(
                connectionProvider,
                transactionManager,
                persistenceExceptionResolver,
                properties,
                serializer,
                upcasterChain);
    }

    /** The storage engine as the application builds it; the operator commands build theirs with it too. */
    public static JdbcEventStorageEngine storageEngine(
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            PersistenceExceptionResolver persistenceExceptionResolver,
            EventStoreProperties properties,
            Serializer serializer,
            EventUpcaster upcasterChain) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .snapshotFilter(new ReadableSnapshots(serializer))
                .upcasterChain(upcasterChain)
                .dataType(byte[].class)
                .schema(Schemas.events())
                .batchSize(properties.readBatchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .appendEvents(new SerialAppendStatementBuilder(properties.appendLockKey()))
                .build();
    }

    @Bean
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine, Configuration configuration, EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    /** What the live processors read (their {@code source} in application.yml): the store, announcing each event. */
    @Bean
    ReadAheadEventSource liveEvents(
            @Qualifier("eventStore") EmbeddedEventStore eventStore, EventStoreProperties properties) {
        return new ReadAheadEventSource(eventStore, properties.readAhead());
    }
}
