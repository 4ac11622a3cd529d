package com.frgm.dashboard.bench;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * The floor of the file-to-screen path without the framework, on the same PostgreSQL and Redis:
 * read the file, split its rows, insert them in one JDBC transaction, publish one message to
 * Redis, and time until a subscriber has it. No pick-up: the file is read as soon as it is written.
 */
final class RawPathFloor {

    record Result(double p50, double p99) {}

    private RawPathFloor() {}

    static Result measure(
            DataSource dataSource,
            String redisUrl,
            Path dir,
            int files,
            int rate,
            int rows,
            BiFunction<Integer, Instant, String> csv)
            throws Exception {
        RedisClient redis = RedisClient.create(redisUrl);
        Map<String, Long> received = new ConcurrentHashMap<>();
        StatefulRedisPubSubConnection<String, String> subscriber = redis.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                received.put(message, System.nanoTime());
            }
        });
        subscriber.sync().subscribe("floor:updates");
        StatefulRedisConnection<String, String> publisher = redis.connect();
        List<Double> latencies = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS latency_floor (file INT, line TEXT)");
            connection.setAutoCommit(false);
            long period = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            for (int file = 1; file <= files; file++) {
                Pace.until(start + file * period);
                Path path = dir.resolve("floor-" + file + ".csv");
                Files.writeString(path, csv.apply(file, Instant.now()), StandardCharsets.UTF_8);
                long began = System.nanoTime();
                String[] lines = Files.readString(path, StandardCharsets.UTF_8).split("\n");
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO latency_floor (file, line) VALUES (?, ?)")) {
                    for (int i = 1; i < lines.length; i++) {
                        insert.setInt(1, file);
                        insert.setString(2, lines[i]);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
                String message = "file-" + file;
                publisher.sync().publish("floor:updates", message);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (!received.containsKey(message) && System.nanoTime() < deadline) {
                    Pace.briefly();
                }
                Long at = received.get(message);
                if (at != null) {
                    latencies.add((at - began) / 1e6);
                }
            }
        } finally {
            subscriber.close();
            publisher.close();
            redis.shutdown();
        }
        Collections.sort(latencies);
        return new Result(
                latencies.get(latencies.size() / 2),
                latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(0.99 * latencies.size()) - 1)));
    }
}
