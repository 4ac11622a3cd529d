package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.FileSettler;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import com.frgm.dashboard.ingest.pipeline.RetrySchedule;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 source without notifications: lists each feed prefix of both buckets (ListObjectsV2,
 * StartAfter from the durable {@link ListingCursor}), ingests what it finds in key order and
 * moves it. At least once: a crash between commit and move leaves the file to be listed
 * again, and its content hash makes it a duplicate. A full scan now and then finds files that
 * arrived with a key older than the listing window (ADR 0008).
 *
 * <p>Beside SQS notifications it runs as the reconciler: slowly, and only for files older than
 * a notification needs, so a lost or expired notification leaves no file behind.
 */
public class S3ListingPoller extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(S3ListingPoller.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final S3Objects objects;
    private final FileIngestor ingestor;
    private final ListingCursor cursor;
    private final List<WatchedPrefix> prefixes;
    private final Schedule schedule;
    private final Clock clock;
    private final FileSettler settler;
    private final RetrySchedule retries = new RetrySchedule(MAX_BACKOFF);
    private final Set<String> unsupported = new HashSet<>();
    private Instant nextFullScan;

    S3ListingPoller(S3Objects objects, FileIngestor ingestor, ListingCursor cursor, List<WatchedPrefix> prefixes,
                    S3SourceProperties properties, Clock clock) {
        this(objects, ingestor, cursor, prefixes, Schedule.source(properties), clock);
    }

    S3ListingPoller(S3Objects objects, FileIngestor ingestor, ListingCursor cursor, List<WatchedPrefix> prefixes,
                    Schedule schedule, Clock clock) {
        super(schedule.threadName());
        this.objects = objects;
        this.ingestor = ingestor;
        this.cursor = cursor;
        this.prefixes = List.copyOf(prefixes);
        this.schedule = schedule;
        this.clock = clock;
        this.settler = new FileSettler(clock);
        this.nextFullScan = clock.instant().plus(schedule.fullScanEvery());
    }

    /**
     * How a poller lists: the pause between passes, how often a pass lists every prefix whole,
     * and how old a file must be to be taken (zero for the source; for the reconciler, longer
     * than a notification takes to be handled).
     */
    record Schedule(String threadName, Duration pause, Duration fullScanEvery, Duration minAge) {

        static Schedule source(S3SourceProperties properties) {
            return new Schedule("inbox-s3-list", properties.s3ListInterval(), properties.s3FullScanEvery(),
                    Duration.ZERO);
        }

        static Schedule reconciler(S3SourceProperties properties) {
            return new Schedule("inbox-s3-reconcile", properties.s3ReconcileEvery(), properties.s3FullScanEvery(),
                    properties.s3ReconcileMinAge());
        }
    }

    @Override
    protected void runOnce() throws IOException {
        pollOnce();
    }

    /** One pass over every prefix; returns the number of files handled. Visible for tests. */
    public int pollOnce() throws IOException {
        Instant now = clock.instant();
        boolean fullScan = !now.isBefore(nextFullScan);
        int handled = 0;
        for (WatchedPrefix where : prefixes) {
            handled += poll(where, fullScan);
        }
        if (fullScan) {
            nextFullScan = now.plus(schedule.fullScanEvery());
        }
        return handled;
    }

    private int poll(WatchedPrefix where, boolean fullScan) throws IOException {
        String startAfter = fullScan ? null : ListingWindow.startAfter(where.prefix(), cursor.lastKey(where).orElse(null));
        List<S3Object> listed = new ArrayList<>();
        objects.list(where.bucket(), where.prefix(), startAfter, listed::add);
        int handled = 0;
        Instant youngest = clock.instant().minus(schedule.minAge());
        for (S3Object object : listed) {
            String id = where.bucket() + "/" + object.key();
            if (unsupported.contains(id) || retries.isWaiting(id, clock.instant())
                    || (object.lastModified() != null && object.lastModified().isAfter(youngest))) {
                continue;
            }
            handle(where, objects.file(where.bucket(), object), id);
            handled++;
        }
        return handled;
    }

    private void handle(WatchedPrefix where, FeedFile file, String id) {
        try {
            IngestOutcome outcome = ingestor.ingest(file);
            if (settler.settle(file, outcome, objects)) {
                retries.done(id);
                // A key dated in the future (rejected or not) would start every later pass after it.
                if (ListingWindow.dayOf(where.prefix(), file.key())
                        .map(day -> !day.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1)))
                        .orElse(true)) {
                    cursor.advance(where, file.key());
                }
            } else if (outcome instanceof IngestOutcome.Unsupported) {
                unsupported.add(id);
            } else {
                retries.failed(id, clock.instant());
            }
        } catch (IOException e) {
            // The outcome is durable; the next pass finds the file a duplicate and moves it then.
            log.warn("Could not move s3://{}: {}", id, e.getMessage());
            retries.failed(id, clock.instant());
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // One file's failure must not hold up the others: it waits for its own retry.
            log.error("Could not handle s3://{}; it stays and is tried again", id, e);
            retries.failed(id, clock.instant());
        }
    }

    @Override
    protected Duration pause() {
        return schedule.pause();
    }

    @Override
    protected String describe() {
        return "S3 listing of " + prefixes + " every " + schedule.pause()
                + (schedule.minAge().isZero() ? "" : ", files older than " + schedule.minAge());
    }
}
