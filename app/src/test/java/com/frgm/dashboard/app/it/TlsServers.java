package com.frgm.dashboard.app.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import redis.embedded.RedisServer;

/**
 * A PostgreSQL that accepts only TLS connections (hostssl, scram-sha-256) and a Redis that
 * listens only on a TLS port and requires AUTH, both presenting {@code server}'s certificate.
 * The Redis is embedded-redis's own binary, which is built with TLS.
 */
final class TlsServers implements AutoCloseable {

    static final String DB_USER = "frgm";
    static final String DB_PASSWORD = "pg-tls-Pass-31c7";
    static final String REDIS_PASSWORD = "redis-tls-Pass-5e09";

    final EmbeddedPostgres postgres;
    final RedisServer redis;
    final int redisPort;

    private TlsServers(EmbeddedPostgres postgres, RedisServer redis, int redisPort) {
        this.postgres = postgres;
        this.redis = redis;
        this.redisPort = redisPort;
    }

    static TlsServers start(Path dir, TestCertificates authority, TestCertificates.ServerPem server) throws Exception {
        // Only hostssl lines: a connection without TLS finds no entry and is refused.
        Path hba = Files.writeString(
                dir.resolve("pg_hba.conf"),
                String.join(
                        "\n",
                        "hostssl all postgres 127.0.0.1/32 trust",
                        "hostssl all postgres ::1/128 trust",
                        "hostssl all " + DB_USER + " 127.0.0.1/32 scram-sha-256",
                        "hostssl all " + DB_USER + " ::1/128 scram-sha-256",
                        ""));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("hba_file", hba.toString())
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", server.certificate().toString())
                .setServerConfig("ssl_key_file", server.privateKey().toString())
                .start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE USER " + DB_USER + " PASSWORD '" + DB_PASSWORD + "'");
            sql.execute("CREATE DATABASE frgm OWNER " + DB_USER);
        }
        int redisPort = freePort();
        RedisServer redis = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(0)
                .setting("tls-port " + redisPort)
                .setting("tls-cert-file " + server.certificate())
                .setting("tls-key-file " + server.privateKey())
                .setting("tls-ca-cert-file " + authority.certificateFile())
                .setting("tls-auth-clients no")
                .setting("requirepass " + REDIS_PASSWORD)
                .build();
        try {
            redis.start();
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new TlsServers(postgres, redis, redisPort);
    }

    /** The JDBC URL of the frgm database with {@code sslmode} checking the server against {@code rootCertificate}. */
    String jdbcUrl(String sslmode, Path rootCertificate) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/frgm?sslmode=" + sslmode + "&sslrootcert="
                + rootCertificate;
    }

    String redisUrl(String password) {
        return "rediss://:" + password + "@127.0.0.1:" + redisPort;
    }

    @Override
    public void close() throws IOException {
        try {
            redis.stop();
        } finally {
            postgres.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
