package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.objects.ObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ships committed events, in global order, into segments. New events collect in memory; a
 * segment is cut when {@code maxEvents} are pending or the oldest pending one was seen
 * {@code maxAge} ago, whichever comes first. A cut runs in one transaction that locks the cursor
 * row, writes the segment, then its manifest entry, then advances the cursor: a crash anywhere
 * before the commit leaves the cursor where it was, and the next cut of the same events
 * overwrites the same two objects (names are the first global index). Nothing is skipped,
 * nothing is archived twice, and two archivers on one store take turns.
 */
public class EventArchiver {

    /** The most segments a flush cuts (what was read and the commits since, in the usual case). */
    static final int FLUSH_SEGMENTS = 2;

    private final EventReader reader;
    private final ArchiveCursor cursor;
    private final ObjectStore store;
    private final TransactionTemplate transaction;
    private final int maxEvents;
    private final Duration maxAge;
    private final Clock clock;
    private final FeedTimes feedTimes;
    private final List<ArchivedEvent> pending = new ArrayList<>();
    private Runnable beforeCursorAdvance = () -> {};
    private long archived = -1;
    private long lastRead;
    private Instant pendingSince;
    private volatile long lagEvents;
    private volatile double lagSeconds;

    public EventArchiver(
            EventReader reader,
            ArchiveCursor cursor,
            ObjectStore store,
            TransactionTemplate transaction,
            int maxEvents,
            Duration maxAge,
            Clock clock) {
        this(reader, cursor, store, transaction, maxEvents, maxAge, clock, null);
    }

    /**
     * {@code feedTimes}: what records each event's feed time in its segment (null: none
     * recorded), in the segments cut while the archiver keeps up.
     */
    public EventArchiver(
            EventReader reader,
            ArchiveCursor cursor,
            ObjectStore store,
            TransactionTemplate transaction,
            int maxEvents,
            Duration maxAge,
            Clock clock,
            FeedTimes feedTimes) {
        this.feedTimes = feedTimes;
        this.reader = reader;
        this.cursor = cursor;
        this.store = store;
        this.transaction = transaction;
        this.maxEvents = maxEvents;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Reads new commits and cuts a segment when one is due. Returns the events archived. */
    public synchronized int poll() {
        read();
        int cut = pending.size() >= maxEvents
                        || (!pending.isEmpty() && !clock.instant().isBefore(pendingSince.plus(maxAge)))
                ? cut()
                : 0;
        updateLag();
        return cut;
    }

    /**
     * Archives what was committed by now, e.g. on a clean stop: what is pending and what was
     * committed since the last poll, so that an archive taken after a clean stop holds the whole
     * store. At most {@link #FLUSH_SEGMENTS} segments, so that a stop during a backlog is not
     * held up archiving it: the next start archives the rest from the cursor. Returns the events
     * archived.
     */
    public synchronized int flush() {
        int total = 0;
        for (int cuts = 0; cuts < FLUSH_SEGMENTS; cuts++) {
            read();
            if (pending.isEmpty()) {
                break;
            }
            boolean full = pending.size() >= maxEvents;
            total += cut();
            if (!full) {
                break;
            }
        }
        updateLag();
        return total;
    }

    /** Adds commits after the last read to what is pending, up to a segment's worth. */
    private void read() {
        if (archived < 0) {
            archived = cursor.position();
            lastRead = archived;
        }
        if (pending.size() >= maxEvents) {
            return;
        }
        List<ArchivedEvent> fresh = reader.after(lastRead, maxEvents - pending.size());
        if (!fresh.isEmpty()) {
            if (pending.isEmpty()) {
                pendingSince = clock.instant();
            }
            pending.addAll(fresh);
            lastRead = fresh.get(fresh.size() - 1).globalIndex();
        }
    }

    private int cut() {
        // Feed times are worked out while the archiver keeps up (a segment cut by age, at the
        // feed's rate); a full segment means a backlog, where reading every payload once more
        // would take a share of the cores from ingest (IngestBenchmark: 0.31x to 0.27-0.28x).
        // Such a segment is written without them, and a replay reads it as one without.
        boolean keepingUp = pending.size() < maxEvents;
        List<ArchivedEvent> events = feedTimes != null && keepingUp ? feedTimes.stamp(pending) : List.copyOf(pending);
        try {
            transaction.executeWithoutResult(status -> {
                long at = cursor.lockedPosition();
                if (at != archived) {
                    throw new IllegalStateException(
                            "archive cursor moved from " + archived + " to " + at + ": another archiver is running");
                }
                byte[] segment = SegmentCodec.encode(events);
                ManifestEntry entry = ManifestEntry.of(archived, events, segment);
                store.put(entry.segment(), segment);
                store.put(ArchiveLayout.manifestKey(entry.firstGlobalIndex()), entry.toJson());
                beforeCursorAdvance.run();
                cursor.advance(archived, entry.lastGlobalIndex());
            });
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
        archived = events.get(events.size() - 1).globalIndex();
        pending.clear();
        return events.size();
    }

    /** Another node archived meanwhile: the next poll starts again from the durable cursor. */
    synchronized void restartFromCursor() {
        forget();
    }

    /** Drops what is in memory; the next poll starts again from the durable cursor. */
    private void forget() {
        pending.clear();
        archived = -1;
    }

    private void updateLag() {
        long head = reader.head();
        lagEvents = archived < 0 ? 0 : Math.max(0, head - archived);
        lagSeconds = pending.isEmpty()
                ? 0
                : Duration.between(pending.get(0).timestamp(), clock.instant()).toMillis() / 1000.0;
    }

    public long lagEvents() {
        return lagEvents;
    }

    public double lagSeconds() {
        return lagSeconds;
    }

    /** Test hook: runs after the segment and manifest are written, before the cursor moves. */
    void beforeCursorAdvance(Runnable hook) {
        this.beforeCursorAdvance = hook;
    }
}
