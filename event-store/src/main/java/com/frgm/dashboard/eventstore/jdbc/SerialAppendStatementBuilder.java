package com.frgm.dashboard.eventstore.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.Serializer;

/**
 * Axon's append statement, preceded by a transaction-scoped advisory lock so that appending
 * transactions take global indexes and commit one after another. A reader can then never see
 * index N+1 committed while N is still in flight; the only gaps left are rolled-back
 * transactions, which never fill. See docs/adr/0002.
 */
final class SerialAppendStatementBuilder implements AppendEventsStatementBuilder {

    private final long lockKey;

    SerialAppendStatementBuilder(long lockKey) {
        this.lockKey = lockKey;
    }

    @Override
    public PreparedStatement build(
            Connection connection,
            EventSchema schema,
            Class<?> dataType,
            List<? extends EventMessage<?>> events,
            Serializer serializer,
            TimestampWriter timestampWriter)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, lockKey);
            lock.execute();
        }
        return JdbcEventStorageEngineStatements.appendEvents(
                connection, schema, dataType, events, serializer, timestampWriter);
    }
}
