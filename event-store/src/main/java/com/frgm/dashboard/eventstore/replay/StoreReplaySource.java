package com.frgm.dashboard.eventstore.replay;

import com.frgm.dashboard.eventstore.archive.EventReader;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.jdbc.EventStoreConfiguration;
import com.frgm.dashboard.eventstore.jdbc.EventStoreProperties;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store through Axon's own storage engine: the same reads, batching, upcasters and
 * serializer as the live processors.
 */
public final class StoreReplaySource implements ReplaySource {

    private final EventStorageEngine engine;
    private final EventReader reader;

    public StoreReplaySource(EventStorageEngine engine, EventReader reader) {
        this.engine = engine;
        this.reader = reader;
    }

    /**
     * The store behind {@code dataSource} read as the application reads it (same engine, batch
     * size, serializer), through {@code upcasters}: for the operator commands, which run without
     * the application.
     */
    public static StoreReplaySource of(DataSource dataSource, EventUpcaster upcasters) {
        EventStoreProperties defaults = new EventStoreProperties(null, null, null, null, null);
        return new StoreReplaySource(
                EventStoreConfiguration.storageEngine(
                        dataSource::getConnection,
                        NoTransactionManager.INSTANCE,
                        new JdbcSQLErrorCodesResolver(),
                        defaults,
                        EventSerialization.serializer(),
                        upcasters),
                new EventReader(new JdbcTemplate(dataSource)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<TrackedEventMessage<?>> after(long after) {
        return (Stream<TrackedEventMessage<?>>)
                engine.readEvents(GapAwareTrackingToken.newInstance(after, List.of()), false);
    }

    @Override
    public long head() {
        return reader.head();
    }

    @Override
    public String describe() {
        return "the event store";
    }
}
