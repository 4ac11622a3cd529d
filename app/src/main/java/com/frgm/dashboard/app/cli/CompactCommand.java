package com.frgm.dashboard.app.cli;

import com.frgm.dashboard.eventstore.archive.Archive;
import com.frgm.dashboard.eventstore.archive.ArchiveCompactor;
import com.frgm.dashboard.eventstore.archive.ArchiveLocations;
import com.frgm.dashboard.eventstore.archive.FeedTimes;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.upcasting.EventUpcasters;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * {@code compact}: compacts an archive's small segments into day indexes, as the ingest node's
 * compaction does (for an archive it does not reach, e.g. one copied to a directory), feed times
 * worked out for the events that lack them as there. Run twice:
 * the second pass deletes what the first superseded.
 */
final class CompactCommand {

    private final Options options;
    private final PrintStream err;

    CompactCommand(Options options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    int run() {
        Archive archive = new Archive(ArchiveLocations.open(options.archive("archive")));
        Duration olderThan = Duration.parse(options.get("older-than").orElse("PT10M"));
        int events = Integer.parseInt(options.get("events").orElse("10000"));
        FeedTimes feedTimes = new FeedTimes(EventSerialization.serializer(), EventUpcasters.registered());
        ArchiveCompactor.Pass pass = new ArchiveCompactor(archive, ZoneOffset.UTC, events, feedTimes)
                .compact(Instant.now().minus(olderThan));
        err.printf(
                "%s: deleted %d superseded objects; compacted %d small segments (%d events) into %d%n",
                archive.store().describe(),
                pass.deleted(),
                pass.segmentsCompacted(),
                pass.events(),
                pass.segmentsWritten());
        return 0;
    }
}
