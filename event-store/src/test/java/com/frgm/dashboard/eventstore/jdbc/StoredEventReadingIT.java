package com.frgm.dashboard.eventstore.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store of {@link EventStoreConfiguration} reads every stored event through the
 * {@link EventUpcaster} beans: a revision-0 row written straight into {@code domain_event_entry}
 * comes back as revision 1, to an aggregate and to a tracking processor alike. What it cannot
 * read is an error, except a snapshot, which it skips.
 */
class StoredEventReadingIT {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void oneRevision0Note() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("DELETE FROM domain_event_entry");
        jdbc.update("DELETE FROM snapshot_event_entry");
        jdbc.update(
                """
                INSERT INTO domain_event_entry (event_identifier, payload, meta_data, payload_type, payload_revision,
                    time_stamp, aggregate_identifier, sequence_number, type)
                VALUES ('n1', ?, ?, ?, '0', '2024-01-15T10:39:38Z', 'note-1', 0, 'Note')""",
                "{\"writer\":\"ann\",\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8),
                NoteAddedEvent.class.getName());
    }

    @Test
    void anAggregateAndATrackingProcessorReadTheOldRevisionUpcast() {
        context().withBean(NoteWriterRenamedUpcaster.class).run(context -> {
            EmbeddedEventStore store = context.getBean("eventStore", EmbeddedEventStore.class);

            assertThat(store.readEvents("note-1").asStream().<Object>map(event -> event.getPayload()))
                    .containsExactly(new NoteAddedEvent("ann", "hello"));
            try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
                assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
                assertThat(stream.nextAvailable().getPayload()).isEqualTo(new NoteAddedEvent("ann", "hello"));
            }
        });
    }

    @Test
    void withoutItsUpcasterTheOldRevisionIsAnErrorNotANull() {
        context().run(context -> {
            EmbeddedEventStore store = context.getBean("eventStore", EmbeddedEventStore.class);

            assertThatThrownBy(() -> store.readEvents("note-1")
                            .asStream()
                            .map(event -> event.getPayload())
                            .toList())
                    .isInstanceOf(SerializationException.class)
                    .rootCause()
                    .hasMessageContaining("Missing required creator property 'author'");
        });
    }

    @Test
    void aSnapshotTheCodeNoLongerReadsIsSkippedAndTheAggregateRebuiltFromItsEvents() {
        new JdbcTemplate(dataSource)
                .update(
                        """
                INSERT INTO snapshot_event_entry (event_identifier, payload, meta_data, payload_type, payload_revision,
                    time_stamp, aggregate_identifier, sequence_number, type)
                VALUES ('s1', ?, ?, ?, '1', '2024-01-15T10:39:39Z', 'note-1', 0, 'Note')""",
                        "{\"writer\":\"ann\",\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8),
                        NoteAddedEvent.class.getName());

        context()
                .withBean(NoteWriterRenamedUpcaster.class)
                .run(context -> assertThat(context.getBean("eventStore", EmbeddedEventStore.class)
                                .readEvents("note-1")
                                .asStream()
                                .map(event -> event.getIdentifier()))
                        .containsExactly("n1"));
    }

    private static ApplicationContextRunner context() {
        return new ApplicationContextRunner()
                .withUserConfiguration(EventStoreConfiguration.class)
                .withBean(ConnectionProvider.class, () -> dataSource::getConnection)
                .withBean(TransactionManager.class, () -> NoTransactionManager.INSTANCE)
                .withBean(
                        Configuration.class,
                        () -> DefaultConfigurer.defaultConfiguration().buildConfiguration());
    }
}
