package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.api.marketdata.RecordMarketSnapshotCommand;
import com.frgm.dashboard.api.orders.ApplyWorkingOrderSnapshotCommand;
import com.frgm.dashboard.eventstore.files.FeedActivity;
import com.frgm.dashboard.eventstore.files.FeedBacklog;
import com.frgm.dashboard.eventstore.files.IngestedFileRegistry;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.PlausibilityProperties;
import com.frgm.dashboard.ingest.marketdata.MarketDataFeedKind;
import com.frgm.dashboard.ingest.orders.WorkingOrderFeedKind;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real ingest pipeline (parsers, content-hash registry, one transaction per file) on
 * embedded PostgreSQL with the project's migrations, and S3Mock. Only the command side is
 * replaced: a handler that counts commands and can be told to fail like a database outage.
 */
final class S3SourceFixture implements AutoCloseable {

    final EmbeddedPostgres postgres;
    final JdbcTemplate jdbc;
    final S3Client s3 = S3MockServer.shared().client();
    final AtomicInteger commands = new AtomicInteger();
    final AtomicInteger failNext = new AtomicInteger();
    /** Runs once inside the next command, i.e. after the file was read and before it is moved. */
    final AtomicReference<Runnable> duringNextCommand = new AtomicReference<>();

    private final List<S3Drain> drains = new CopyOnWriteArrayList<>();
    private final TransactionManager transactions;
    private final DefaultCommandGateway gateway;

    S3SourceFixture() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> command : List.of(RecordMarketSnapshotCommand.class, ApplyWorkingOrderSnapshotCommand.class)) {
            bus.subscribe(command.getName(), message -> {
                if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new TransientDataAccessResourceException("database unreachable (test)");
                }
                commands.incrementAndGet();
                Runnable hook = duringNextCommand.getAndSet(null);
                if (hook != null) {
                    hook.run();
                }
                return 1;
            });
        }
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    IngestProperties properties(String env, long maxFileSize) {
        return new IngestProperties(Path.of("unused"), env, null, null, maxFileSize, null, null, Map.of());
    }

    FileIngestor ingestor(IngestProperties properties) {
        Plausibility plausibility =
                new Plausibility(new PlausibilityProperties(null, null), properties.fileZone(), Clock.systemUTC());
        return new FileIngestor(
                List.of(
                        new MarketDataFeedKind(properties, plausibility),
                        new WorkingOrderFeedKind(properties, plausibility)),
                new IngestedFileRegistry(jdbc),
                new FeedActivity(jdbc),
                SimpleEventBus.builder().build(),
                gateway,
                transactions,
                properties,
                new SimpleMeterRegistry());
    }

    /** The concurrent drain over the real pipeline, closed with the fixture. */
    S3Drain drain(S3Objects objects, IngestProperties properties) {
        return drain(objects, properties, DrainProperties.defaults());
    }

    S3Drain drain(S3Objects objects, IngestProperties properties, DrainProperties drain) {
        S3Drain created = new S3Drain(
                objects,
                ingestor(properties),
                new FeedBacklog(jdbc),
                drain,
                properties.maxFileSize(),
                Clock.systemUTC());
        drains.add(created);
        return created;
    }

    void upload(String bucket, String key, String sample) {
        s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(sample(sample)));
    }

    static byte[] sample(String name) {
        try (InputStream in = S3SourceFixture.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource samples/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String bucket, String key) {
        return s3.listObjectsV2(r -> r.bucket(bucket).prefix(key)).contents().stream()
                .anyMatch(o -> o.key().equals(key));
    }

    String read(String bucket, String key) {
        return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String();
    }

    /** Tests reuse the samples; each starts with no content ingested yet. */
    void forgetIngestedFiles() {
        jdbc.update("TRUNCATE ingested_file");
    }

    long ingestedFiles() {
        return jdbc.queryForObject("SELECT count(*) FROM ingested_file", Long.class);
    }

    @Override
    public void close() throws IOException {
        drains.forEach(S3Drain::close);
        s3.close();
        postgres.close();
    }
}
