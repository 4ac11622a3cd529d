package com.frgm.dashboard.ingest.pipeline;

import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on an outcome the same way for every source: accepted and duplicate files go to
 * processed/, rejected ones to rejected/ with their report; unsupported and retry leave the
 * file where it is. Sources keep only what differs between them (how to find files, how to
 * wait before a retry).
 */
public final class FileSettler {

    private static final Logger log = LoggerFactory.getLogger(FileSettler.class);

    private final Clock clock;

    public FileSettler(Clock clock) {
        this.clock = clock;
    }

    /**
     * Moves the file as its outcome says. Returns true when the file is settled (its outcome is
     * durable and it has left the inbox), false when it stays (unsupported, or retry later).
     * A failed move throws: the outcome is durable, so handling the file again finds it a
     * duplicate and moves it then.
     */
    public boolean settle(FeedFile file, IngestOutcome outcome, FileMover mover) throws IOException {
        String id = file.bucket() + "/" + file.key();
        if (outcome instanceof IngestOutcome.Accepted accepted) {
            mover.moveToProcessed(file, accepted.contentSha256());
            log.debug("Accepted {} ({} events)", id, accepted.events());
            return true;
        }
        if (outcome instanceof IngestOutcome.Duplicate duplicate) {
            mover.moveToProcessed(file, duplicate.contentSha256());
            log.info("Skipped {}: same content as {} already ingested", id, duplicate.firstKey());
            return true;
        }
        if (outcome instanceof IngestOutcome.Rejected rejected) {
            mover.moveToRejected(
                    file, RejectionReport.of(file, rejected, clock.instant()).toJson());
            log.warn(
                    "Rejected {}: {} problem(s), first: {}",
                    id,
                    rejected.problems().size(),
                    rejected.problems().get(0).reason());
            return true;
        }
        if (outcome instanceof IngestOutcome.Unsupported) {
            log.info("Left {} in the inbox: no ingester for this kind of file yet", id);
        }
        return false;
    }
}
