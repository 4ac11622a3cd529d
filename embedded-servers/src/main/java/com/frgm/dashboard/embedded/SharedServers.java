package com.frgm.dashboard.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.SpringApplication;

/**
 * The embedded servers running in this JVM, one per server directory. A second context on the
 * same directory (Spring's test context cache keeps several alive at once) shares the running
 * server rather than taking it for a crashed one; the last context to let go stops it.
 */
final class SharedServers {

    interface Starter {
        EmbeddedServer start() throws IOException;
    }

    private static final Map<Path, Entry> RUNNING = new HashMap<>();
    private static boolean stopAtExitRegistered;

    private SharedServers() {}

    /** The server running in {@code dir}, started by {@code starter} if there is none yet. */
    static synchronized Lease acquire(Path dir, Starter starter) throws IOException {
        Entry entry = RUNNING.get(dir);
        if (entry == null) {
            DirectoryLock lock = DirectoryLock.acquire(dir);
            try {
                entry = new Entry(starter.start(), lock);
            } catch (IOException | RuntimeException e) {
                lock.release();
                throw e;
            }
            RUNNING.put(dir, entry);
            stopAllAtExit();
        }
        entry.users++;
        return new Lease(dir, entry);
    }

    /** Stops every server still running; the fallback for contexts that were never closed. */
    static void stopAll() {
        List<Entry> entries;
        synchronized (SharedServers.class) {
            entries = new ArrayList<>(RUNNING.values());
            RUNNING.clear();
        }
        entries.forEach(Entry::stop);
    }

    private static synchronized void release(Path dir, Entry entry) {
        // Identity, not just the key: after stopAll a new server may run in the same directory.
        if (RUNNING.get(dir) == entry && --entry.users == 0) {
            RUNNING.remove(dir);
            entry.stop();
        }
    }

    private static void stopAllAtExit() {
        if (!stopAtExitRegistered) {
            // Spring Boot's own shutdown hook runs these handlers after it has closed the
            // contexts, so the database outlives the beans that still use it while closing.
            SpringApplication.getShutdownHandlers().add(SharedServers::stopAll);
            stopAtExitRegistered = true;
        }
    }

    /** One context's use of a server; releasing twice is harmless. */
    static final class Lease {

        private final Path dir;
        private final Entry entry;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(Path dir, Entry entry) {
            this.dir = dir;
            this.entry = entry;
        }

        EmbeddedServer server() {
            return entry.server;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                SharedServers.release(dir, entry);
            }
        }
    }

    private static final class Entry {

        private final EmbeddedServer server;
        private final DirectoryLock lock;
        private int users;

        private Entry(EmbeddedServer server, DirectoryLock lock) {
            this.server = server;
            this.lock = lock;
        }

        private void stop() {
            try {
                server.stop();
            } finally {
                lock.release();
            }
        }
    }
}
