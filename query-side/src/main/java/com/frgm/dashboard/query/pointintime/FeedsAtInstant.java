package com.frgm.dashboard.query.pointintime;

import com.frgm.dashboard.api.audit.FeedAtInstant;
import com.frgm.dashboard.api.feeds.FeedResumedEvent;
import com.frgm.dashboard.api.feeds.FeedStalledEvent;
import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

/**
 * The feeds as a replay sees them: per feed its last file, an open stall, and the files refused
 * per business day. For point-in-time answers only; the live feed health reads the ingestion
 * bookkeeping instead (ingest-adapters {@code FeedHealth}).
 */
final class FeedsAtInstant {

    /** The feed kinds as the ingest pipeline names them. */
    static final String MARKET_DATA = "market-data";

    static final String TT_ORDERS = "tt-orders";
    static final String START_OF_DAY = "sod";
    static final String END_OF_DAY = "eod";

    private final ZoneId businessZone;
    private final Map<String, Feed> feeds = new TreeMap<>();

    FeedsAtInstant(ZoneId businessZone) {
        this.businessZone = businessZone;
    }

    @EventHandler
    void on(MarketDataFileAcceptedEvent event, @Timestamp Instant storedAt) {
        feed(MARKET_DATA, event.feedId()).file(event.fileKey(), event.fileTime(), storedAt);
    }

    @EventHandler
    void on(WorkingOrderSnapshotAppliedEvent event, @Timestamp Instant storedAt) {
        feed(TT_ORDERS, TT_ORDERS).file(event.fileKey(), event.snapshotTime(), storedAt);
    }

    @EventHandler
    void on(StartOfDayPositionsSetEvent event, @Timestamp Instant storedAt) {
        feed(START_OF_DAY, START_OF_DAY).file(event.fileKey(), null, storedAt);
    }

    @EventHandler
    void on(EndOfDayPositionsRecordedEvent event, @Timestamp Instant storedAt) {
        feed(END_OF_DAY, END_OF_DAY).file(event.fileKey(), null, storedAt);
    }

    @EventHandler
    void on(FeedStalledEvent event) {
        feed(MARKET_DATA, event.feedId()).stalledSince = event.detectedAt();
    }

    @EventHandler
    void on(FeedResumedEvent event) {
        feed(MARKET_DATA, event.feedId()).stalledSince = null;
    }

    @EventHandler
    void on(FileRejectedEvent event, @Timestamp Instant storedAt) {
        Feed feed = feed(event.feedKind(), event.feedId());
        Rejects day = feed.rejects.computeIfAbsent(LocalDate.ofInstant(storedAt, businessZone), d -> new Rejects());
        day.count++;
        day.lastFileKey = event.fileKey();
    }

    /** Every feed seen, with the rejects of {@code at}'s business day. */
    List<FeedAtInstant> view(Instant at) {
        LocalDate today = LocalDate.ofInstant(at, businessZone);
        List<FeedAtInstant> views = new ArrayList<>();
        for (Feed feed : feeds.values()) {
            Rejects rejects = feed.rejects.getOrDefault(today, new Rejects());
            String state = feed.stalledSince != null ? "stalled" : feed.lastFileKey != null ? "flowing" : "no-file";
            views.add(new FeedAtInstant(
                    feed.kind,
                    feed.id,
                    state,
                    feed.stalledSince,
                    feed.lastFileKey,
                    feed.lastFileTime,
                    feed.lastStoredAt,
                    rejects.count,
                    rejects.lastFileKey));
        }
        return views;
    }

    Snapshot snapshot() {
        List<FeedRow> rows = new ArrayList<>();
        for (Feed feed : feeds.values()) {
            List<RejectDay> days = new ArrayList<>();
            feed.rejects.forEach((date, rejects) -> days.add(new RejectDay(date, rejects.count, rejects.lastFileKey)));
            rows.add(new FeedRow(
                    feed.kind,
                    feed.id,
                    feed.stalledSince,
                    feed.lastFileKey,
                    feed.lastFileTime,
                    feed.lastStoredAt,
                    days));
        }
        return new Snapshot(rows);
    }

    void restore(Snapshot snapshot) {
        feeds.clear();
        for (FeedRow row : snapshot.feeds()) {
            Feed feed = feed(row.kind(), row.id());
            feed.stalledSince = row.stalledSince();
            feed.lastFileKey = row.lastFileKey();
            feed.lastFileTime = row.lastFileTime();
            feed.lastStoredAt = row.lastStoredAt();
            for (RejectDay day : row.rejects()) {
                Rejects rejects = new Rejects();
                rejects.count = day.count();
                rejects.lastFileKey = day.lastFileKey();
                feed.rejects.put(day.date(), rejects);
            }
        }
    }

    private Feed feed(String kind, String id) {
        return feeds.computeIfAbsent(kind + "|" + id, k -> new Feed(kind, id));
    }

    private static final class Feed {
        final String kind;
        final String id;
        final TreeMap<LocalDate, Rejects> rejects = new TreeMap<>();
        Instant stalledSince;
        String lastFileKey;
        Instant lastFileTime;
        Instant lastStoredAt;

        Feed(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        void file(String fileKey, Instant fileTime, Instant storedAt) {
            lastFileKey = fileKey;
            lastFileTime = fileTime;
            lastStoredAt = storedAt;
        }
    }

    private static final class Rejects {
        int count;
        String lastFileKey;
    }

    record Snapshot(List<FeedRow> feeds) {}

    record FeedRow(
            String kind,
            String id,
            Instant stalledSince,
            String lastFileKey,
            Instant lastFileTime,
            Instant lastStoredAt,
            List<RejectDay> rejects) {}

    record RejectDay(LocalDate date, int count, String lastFileKey) {}
}
