package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.ingest.pipeline.FeedLane;
import com.frgm.dashboard.ingest.pipeline.RetrySchedule;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 source without notifications: lists every feed prefix of both buckets at once
 * (ListObjectsV2, StartAfter from the durable {@link ListingCursor}) and hands what it finds,
 * in key order, to the {@link S3Drain}, which applies each feed's files in that order and
 * moves them. At least once: a crash between commit and move leaves the file to be listed
 * again, and its content hash makes it a duplicate. A full scan now and then finds files that
 * arrived with a key older than the listing window (ADR 0008, ADR 0020).
 *
 * <p>Beside SQS notifications it runs as the reconciler: slowly, and only for files older than
 * a notification needs, so a lost or expired notification leaves no file behind.
 */
public class S3ListingPoller extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(S3ListingPoller.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final S3Objects objects;
    private final S3Drain drain;
    private final ListingCursor cursor;
    private final List<WatchedPrefix> prefixes;
    private final Schedule schedule;
    private final Clock clock;
    private final RetrySchedule retries = new RetrySchedule(MAX_BACKOFF);
    private final Set<String> unsupported = new HashSet<>();
    /** Feeds of this pass with a file waiting for its retry: their later files wait too. */
    private final Set<FeedLane> blocked = new HashSet<>();

    private Instant nextFullScan;

    S3ListingPoller(
            S3Objects objects,
            S3Drain drain,
            ListingCursor cursor,
            List<WatchedPrefix> prefixes,
            S3SourceProperties properties,
            Clock clock) {
        this(objects, drain, cursor, prefixes, Schedule.source(properties), clock);
    }

    S3ListingPoller(
            S3Objects objects,
            S3Drain drain,
            ListingCursor cursor,
            List<WatchedPrefix> prefixes,
            Schedule schedule,
            Clock clock) {
        super(schedule.threadName());
        this.objects = objects;
        this.drain = drain;
        this.cursor = cursor;
        this.prefixes = List.copyOf(prefixes);
        this.schedule = schedule;
        this.clock = clock;
        this.nextFullScan = clock.instant().plus(schedule.fullScanEvery());
    }

    /**
     * How a poller lists: the pause between passes, how often a pass lists every prefix whole,
     * and how old a file must be to be taken (zero for the source; for the reconciler, longer
     * than a notification takes to be handled).
     */
    record Schedule(String threadName, Duration pause, Duration fullScanEvery, Duration minAge) {

        static Schedule source(S3SourceProperties properties) {
            return new Schedule(
                    "inbox-s3-list", properties.s3ListInterval(), properties.s3FullScanEvery(), Duration.ZERO);
        }

        static Schedule reconciler(S3SourceProperties properties) {
            return new Schedule(
                    "inbox-s3-reconcile",
                    properties.s3ReconcileEvery(),
                    properties.s3FullScanEvery(),
                    properties.s3ReconcileMinAge());
        }
    }

    @Override
    protected void runOnce() throws IOException, InterruptedException {
        pollOnce();
    }

    /** One pass over every prefix; returns the number of files tried. Visible for tests. */
    public int pollOnce() throws IOException, InterruptedException {
        Instant now = clock.instant();
        boolean fullScan = !now.isBefore(nextFullScan);
        Map<WatchedPrefix, CompletableFuture<List<S3Object>>> listings = new LinkedHashMap<>();
        for (WatchedPrefix where : prefixes) {
            String startAfter = fullScan
                    ? null
                    : ListingWindow.startAfter(
                            where.prefix(), cursor.lastKey(where).orElse(null));
            listings.put(where, drain.list(where, startAfter));
        }
        List<S3Drain.Waiting> waiting = new ArrayList<>();
        List<WatchedPrefix> from = new ArrayList<>();
        blocked.clear();
        for (Map.Entry<WatchedPrefix, CompletableFuture<List<S3Object>>> listing : listings.entrySet()) {
            for (S3Object object : listed(listing.getKey(), listing.getValue())) {
                if (takes(listing.getKey(), object)) {
                    waiting.add(S3Drain.Waiting.listed(objects, listing.getKey().bucket(), object));
                    from.add(listing.getKey());
                }
            }
        }
        List<S3Drain.Result> results = drain.drain(waiting);
        int tried = settle(waiting, from, results);
        if (fullScan) {
            nextFullScan = now.plus(schedule.fullScanEvery());
        }
        return tried;
    }

    private static List<S3Object> listed(WatchedPrefix where, CompletableFuture<List<S3Object>> listing)
            throws IOException, InterruptedException {
        try {
            return listing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io
                    ? io
                    : new IOException("Listing " + where + " failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Whether this pass takes a listed file: not unsupported, old enough, and not behind a file
     * of its feed that waits for its retry (a feed's files are applied in key order).
     */
    private boolean takes(WatchedPrefix where, S3Object object) {
        String id = where.bucket() + "/" + object.key();
        Instant now = clock.instant();
        if (unsupported.contains(id)
                || (object.lastModified() != null && object.lastModified().isAfter(now.minus(schedule.minAge())))) {
            return false;
        }
        Optional<FeedLane> lane = drain.laneOf(where.bucket(), object.key());
        if (lane.isEmpty()) {
            log.info("Left s3://{} where it is: no ingester for this kind of file", id);
            unsupported.add(id);
            return false;
        }
        if (blocked.contains(lane.get())) {
            return false;
        }
        if (retries.isWaiting(id, now)) {
            blocked.add(lane.get());
            return false;
        }
        return true;
    }

    private int settle(List<S3Drain.Waiting> waiting, List<WatchedPrefix> from, List<S3Drain.Result> results) {
        Map<WatchedPrefix, String> settledUpTo = new LinkedHashMap<>();
        int tried = 0;
        for (int i = 0; i < waiting.size(); i++) {
            String key = waiting.get(i).key();
            String id = waiting.get(i).bucket() + "/" + key;
            switch (results.get(i)) {
                case SETTLED, GONE -> {
                    retries.done(id);
                    tried++;
                    if (countsForCursor(from.get(i), key)) {
                        settledUpTo.merge(from.get(i), key, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    }
                }
                case RETRY -> {
                    retries.failed(id, clock.instant());
                    tried++;
                }
                case UNSUPPORTED -> unsupported.add(id);
                case BEHIND -> {}
            }
        }
        settledUpTo.forEach(cursor::advance);
        return tried;
    }

    /** A key dated in the future (rejected or not) would start every later pass after it. */
    private boolean countsForCursor(WatchedPrefix where, String key) {
        return ListingWindow.dayOf(where.prefix(), key)
                .map(day -> !day.isAfter(
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1)))
                .orElse(true);
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
