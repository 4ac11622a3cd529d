package com.frgm.dashboard.query.playback;

import com.frgm.dashboard.api.FeedTime;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.feeds.FeedStalledEvent;
import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import com.frgm.dashboard.api.replay.ReplayMark;
import com.frgm.dashboard.api.replay.ReplayMarksView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The marks of a replay's timeline, collected by the replay engine from the events of a window:
 * files applied, files refused, feed stalls and fills of our orders. Each kind has its own cap,
 * so a day of files (one a second) never pushes the rare rejects and stalls out.
 */
final class TimelineMarks {

    static final int CAP_PER_KIND = 2_000;

    private static final String MARKET_DATA = "market-data";

    private final Instant from;
    private final Instant to;
    private final ReplayClock clock;
    private final List<ReplayMark> marks = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private boolean truncated;

    TimelineMarks(Instant from, Instant to, ReplayClock clock) {
        this.from = from;
        this.to = to;
        this.clock = clock;
    }

    @EventHandler
    void on(MarketDataFileAcceptedEvent e, TrackingToken token, @Timestamp Instant storedAt) {
        add(e, token, storedAt, ReplayMark.FILE, MARKET_DATA, e.feedId(), e.fileKey(), e.changedRows() + " changed");
    }

    @EventHandler
    void on(WorkingOrderSnapshotAppliedEvent e, TrackingToken token, @Timestamp Instant storedAt) {
        add(e, token, storedAt, ReplayMark.FILE, "tt-orders", e.bookId(), e.fileKey(), e.changes() + " changes");
    }

    @EventHandler
    void on(StartOfDayPositionsSetEvent e, TrackingToken token, @Timestamp Instant storedAt) {
        add(
                e,
                token,
                storedAt,
                ReplayMark.FILE,
                "sod",
                e.bookId(),
                e.fileKey(),
                e.businessDate().toString());
    }

    @EventHandler
    void on(EndOfDayPositionsRecordedEvent e, TrackingToken token, @Timestamp Instant storedAt) {
        add(
                e,
                token,
                storedAt,
                ReplayMark.FILE,
                "eod",
                e.bookId(),
                e.fileKey(),
                e.businessDate().toString());
    }

    @EventHandler
    void on(FileRejectedEvent e, TrackingToken token, @Timestamp Instant storedAt) {
        add(e, token, storedAt, ReplayMark.REJECT, e.feedKind(), e.feedId(), e.fileKey(), e.firstProblem());
    }

    @EventHandler
    void on(FeedStalledEvent e, TrackingToken token, @Timestamp Instant storedAt) {
        add(
                e,
                token,
                storedAt,
                ReplayMark.STALL,
                MARKET_DATA,
                e.feedId(),
                e.lastFileKey(),
                "no file since " + e.lastFileArrival());
    }

    @EventHandler
    void on(OrderFilledEvent e, TrackingToken token, @Timestamp Instant storedAt) {
        WorkingOrder order = e.order();
        add(
                e,
                token,
                storedAt,
                ReplayMark.FILL,
                null,
                null,
                null,
                order.side() + " " + e.fillQty() + " " + order.instrument() + " @ "
                        + order.price().toPlainString() + " (" + order.account() + ")");
    }

    ReplayMarksView view() {
        return new ReplayMarksView(from, to, clock, marks, truncated);
    }

    private void add(
            Object payload,
            TrackingToken token,
            Instant storedAt,
            String kind,
            String feedKind,
            String feedId,
            String fileKey,
            String detail) {
        Instant at = clock == ReplayClock.DESK ? storedAt : FeedTime.orStored(payload, storedAt);
        if (at.isBefore(from) || at.isAfter(to)) {
            return;
        }
        int count = counts.merge(kind, 1, Integer::sum);
        if (count > CAP_PER_KIND) {
            truncated = true;
            return;
        }
        long index = token == null ? 0 : token.position().orElse(0);
        marks.add(new ReplayMark(kind, at, index, feedKind, feedId, fileKey, detail));
    }
}
