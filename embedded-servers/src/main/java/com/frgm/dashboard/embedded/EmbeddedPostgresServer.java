package com.frgm.dashboard.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.logging.Log;

/**
 * PostgreSQL from zonky's embedded binaries, kept in a directory that survives restarts: initdb
 * runs only when the directory has no cluster yet, and stopping never deletes it.
 */
final class EmbeddedPostgresServer implements EmbeddedServer {

    private static final String PID_FILE = "postmaster.pid";
    // Zonky starts postgres with -F (fsync off) and synchronous_commit=off, right for a
    // throw-away test database. This one holds the event store, so both go back on.
    private static final Map<String, String> DURABILITY = Map.of("fsync", "on", "synchronous_commit", "on");
    // After an unclean stop the server replays its WAL before it accepts connections; zonky's
    // default of ten seconds is meant for empty test databases.
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);
    private static final Duration STOP_WAIT = Duration.ofMinutes(1);

    private final EmbeddedPostgres postgres;
    private final Optional<ProcessHandle> postmaster;
    private final Path dataDir;
    private final Log log;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir, Log log) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.log = log;
        // Zonky's own process handle is pg_ctl, which exits once the server is up.
        this.postmaster = StaleProcess.readPid(dataDir.resolve(PID_FILE)).stream()
                .mapToObj(ProcessHandle::of)
                .flatMap(Optional::stream)
                .findFirst();
    }

    static EmbeddedPostgresServer start(Path dataDir, Log log) throws IOException {
        clearStalePostmaster(dataDir, log);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // SharedServers stops it after Spring's contexts have closed; zonky's hook
                // would race them and pull the database from under the closing beans.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT);
        DURABILITY.forEach(builder::setServerConfig);
        return new EmbeddedPostgresServer(builder.start(), dataDir, log);
    }

    /**
     * A postmaster left by a JVM killed with -9 still holds the directory, so it is stopped.
     * A postmaster.pid naming a dead pid is PostgreSQL's own business: it removes the file
     * itself. One naming a live but unrelated process (pids get reused after a reboot) would
     * make it refuse to start, so that file goes.
     */
    private static void clearStalePostmaster(Path dataDir, Log log) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (StaleProcess.terminateIfRunning(pidFile, "postgres", dataDir, log) == StaleProcess.Outcome.UNRELATED) {
            Files.deleteIfExists(pidFile);
            log.info("Removed " + pidFile + " so PostgreSQL can start");
        }
    }

    @Override
    public Map<String, Object> connectionProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl());
        properties.put("spring.datasource.username", "postgres");
        // initdb ran with trust authentication, bound to localhost.
        properties.put("spring.datasource.password", "");
        return properties;
    }

    @Override
    public String howToConnect() {
        return "Embedded PostgreSQL at " + jdbcUrl() + ", data in " + dataDir + "; connect with: psql -h localhost -p "
                + postgres.getPort() + " -U postgres";
    }

    @Override
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in " + dataDir, e);
        }
        // pg_ctl gives up after five seconds while the shutdown checkpoint may still be
        // writing; the next start must not find this server still running.
        if (postmaster.isPresent() && !StaleProcess.awaitExit(postmaster.get(), STOP_WAIT)) {
            log.warn("The embedded PostgreSQL (pid " + postmaster.get().pid() + ") is still running after "
                    + STOP_WAIT.toSeconds() + " s; the next start will stop it");
            return;
        }
        log.info("Stopped the embedded PostgreSQL in " + dataDir);
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }
}
