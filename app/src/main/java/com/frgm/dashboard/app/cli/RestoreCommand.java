package com.frgm.dashboard.app.cli;

import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveLocations;
import com.frgm.dashboard.eventstore.archive.ArchiveRestore;
import com.frgm.dashboard.eventstore.jdbc.EventStoreProperties;
import java.io.PrintStream;

/** {@code restore --from <uri>}: the archive into an empty event store, every segment verified. */
final class RestoreCommand {

    private final Options options;
    private final PrintStream err;

    RestoreCommand(Options options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    int run() throws Exception {
        String from = options.require("from");
        long lockKey = options.get("append-lock-key")
                .map(Long::decode)
                .orElse(new EventStoreProperties(null, null, null, null, null).appendLockKey());
        long started = System.nanoTime();
        err.println("restoring " + from + " ...");
        ArchiveRestore.Result result = new ArchiveRestore(options.dataSource(), lockKey)
                .restore(new Archive(ArchiveLocations.open(from)), new ProgressBar(err, "restore"));
        err.printf(
                "restored %d events from %d segments (last global index %d) in %.1f s;"
                        + " projections rebuild when the application starts%n",
                result.events(), result.segments(), result.lastGlobalIndex(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
