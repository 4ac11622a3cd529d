package com.frgm.dashboard.app.it;

import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.app.FrgmApplication;
import com.frgm.dashboard.query.redis.RedisAccess;
import com.frgm.dashboard.query.redis.RedisConnectionProperties;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The whole application in this JVM on embedded PostgreSQL and Redis under {@code dataDir},
 * with the demo feed off and a quick inbox scan, plus clients to look inside it.
 */
final class RunningApp implements AutoCloseable {

    static final String BUCKET = "frgm-actant-dev";
    static final String TT_BUCKET = "frgm-tt-dev";
    /** The users every test application has (ADR 0021); {@link #http()} signs in as the operator. */
    static final String OPERATOR = "test-operator";

    static final String OPERATOR_PASSWORD = "operator-secret-1";
    static final String VIEWER = "test-viewer";
    static final String VIEWER_PASSWORD = "viewer-secret-1";
    static final String USERS =
            OPERATOR + ":{noop}" + OPERATOR_PASSWORD + ":operator," + VIEWER + ":{noop}" + VIEWER_PASSWORD + ":viewer";
    private static final List<String> AWS_PROPERTIES =
            List.of("aws.region", "aws.accessKeyId", "aws.secretAccessKey", "aws.endpointUrlS3", "aws.endpointUrlSqs");

    final Path dataDir;
    final ConfigurableApplicationContext context;
    final JdbcTemplate jdbc;
    // Opened on first use: an application on rediss:// with a private CA is looked into by its test.
    private RedisAccess redis;

    private RunningApp(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    static RunningApp start(Path dataDir, String... extraArgs) {
        return start(dataDir, new Class<?>[0], extraArgs);
    }

    /** With {@code sources} added to the application, for test doubles around real clients. */
    static RunningApp start(Path dataDir, Class<?>[] sources, String... extraArgs) {
        return startWithUsers(dataDir, sources, USERS, extraArgs);
    }

    /** With {@code users} ({@code name:password:role,...}) instead of the test's two; "" for none. */
    static RunningApp startWithUsers(Path dataDir, Class<?>[] sources, String users, String... extraArgs) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        String[] args = concat(
                new String[] {
                    "--frgm.data-dir=" + dataDir,
                    "--server.port=0",
                    "--frgm.demo.enabled=false",
                    "--frgm.ingest.poll-interval=20ms",
                    "--frgm.ingest.settle-time=20ms"
                },
                extraArgs);
        if (!users.isEmpty()) {
            args = concat(new String[] {"--frgm.security.users=" + users}, args);
        }
        return new RunningApp(
                dataDir,
                new SpringApplicationBuilder(FrgmApplication.class)
                        .sources(sources)
                        .run(args));
    }

    /**
     * The application with the S3 source ({@code --frgm.ingest.source=s3}) on buckets
     * {@code frgm-*-{env}}, talking to {@code s3Endpoint} (and to SQS at the queue's server when a
     * queue URL is given). The endpoints reach the SDK the standard way, as the system properties
     * {@code aws.endpointUrlS3}/{@code aws.endpointUrlSqs} (what AWS_ENDPOINT_URL_S3/_SQS are in
     * the environment); they are cleared again on close.
     */
    static RunningApp startWithS3(
            Path dataDir, String env, URI s3Endpoint, URI sqsEndpoint, String queueUrl, String... extraArgs) {
        AWS_PROPERTIES.forEach(System::clearProperty);
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        System.setProperty("aws.endpointUrlS3", s3Endpoint.toString());
        if (sqsEndpoint != null) {
            System.setProperty("aws.endpointUrlSqs", sqsEndpoint.toString());
        }
        List<String> args = new ArrayList<>(List.of(
                "--frgm.ingest.source=s3",
                "--frgm.ingest.env=" + env,
                "--frgm.ingest.s3-list-interval=50ms",
                "--frgm.ingest.sqs-wait-time=1s"));
        if (queueUrl != null) {
            args.add("--frgm.ingest.sqs-queue-url=" + queueUrl);
        }
        args.addAll(List.of(extraArgs));
        try {
            return start(dataDir, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            AWS_PROPERTIES.forEach(System::clearProperty);
            throw e;
        }
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    String baseUrl() {
        return "http://localhost:" + port();
    }

    /** A client signed in as the operator with HTTP Basic, as a script would be. */
    WebClient http() {
        return http(OPERATOR, OPERATOR_PASSWORD);
    }

    WebClient http(String user, String password) {
        return WebClient.builder()
                .baseUrl(baseUrl())
                .defaultHeaders(headers -> headers.setBasicAuth(user, password))
                .build();
    }

    synchronized RedisClusterCommands<String, String> redis() {
        if (redis == null) {
            // The application's own kind of connection: a Redis Cluster's when it runs on one.
            redis = RedisAccess.open(context.getBean(RedisConnectionProperties.class), ClientOptions.create());
        }
        return redis.sync();
    }

    /** The events recorded from files' content: every event but the record of a rejected file. */
    long eventCount() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type <> ?",
                Long.class,
                FileRejectedEvent.class.getName());
    }

    /** The {@link FileRejectedEvent}s: one per file refused. */
    long rejectedFileEvents() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type = ?",
                Long.class,
                FileRejectedEvent.class.getName());
    }

    Path inbox() {
        return dataDir.resolve("inbox").resolve(BUCKET);
    }

    /** Drops a file the way the feed server does: written aside, then renamed into place. */
    Path drop(String resource, String key) throws IOException {
        return drop(BUCKET, resource, key);
    }

    Path drop(String bucket, String resource, String key) throws IOException {
        Path target = dataDir.resolve("inbox").resolve(bucket).resolve(key);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (InputStream in = RunningApp.class.getResourceAsStream("/samples/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource samples/" + resource);
            }
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops {@code content} under {@code key} of the market-data bucket, written aside and renamed. */
    Path dropText(String key, String content) throws IOException {
        return dropText(BUCKET, key, content);
    }

    Path dropText(String bucket, String key, String content) throws IOException {
        Path target = dataDir.resolve("inbox").resolve(bucket).resolve(key);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, content);
        return Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static String sample(String resource) throws IOException {
        try (InputStream in = RunningApp.class.getResourceAsStream("/samples/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource samples/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Path dropBytes(String bucket, String key, byte[] content) throws IOException {
        Path target = dataDir.resolve("inbox").resolve(bucket).resolve(key);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, content);
        return Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    Path processed(String key) {
        return inbox().resolve("processed").resolve(key);
    }

    Path rejected(String key) {
        return inbox().resolve("rejected").resolve(key);
    }

    Path processed(String bucket, String key) {
        return dataDir.resolve("inbox").resolve(bucket).resolve("processed").resolve(key);
    }

    Path rejected(String bucket, String key) {
        return dataDir.resolve("inbox").resolve(bucket).resolve("rejected").resolve(key);
    }

    long eventsOfType(Class<?> payloadType) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type = ?", Long.class, payloadType.getName());
    }

    @Override
    public synchronized void close() {
        if (redis != null) {
            redis.close();
        }
        context.close();
        AWS_PROPERTIES.forEach(System::clearProperty);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
