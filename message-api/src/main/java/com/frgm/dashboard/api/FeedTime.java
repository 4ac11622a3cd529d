package com.frgm.dashboard.api;

import com.frgm.dashboard.api.feeds.FeedResumedEvent;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.StaleWorkingOrderSnapshotEvent;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * The feed's clock: the time a feed stamped on what an event records (a quote's timestamp, a
 * market-data file's time, a TT snapshot's time). The desk's clock is when the event was stored;
 * the two differ when a feed arrives late or history is re-ingested. Events a feed did not stamp
 * (stalls, start- and end-of-day sets, which carry a business date only, rejections, limit
 * breaches) have no feed time: on the feed's clock they count at the time they were stored.
 */
public final class FeedTime {

    private FeedTime() {}

    public static Optional<Instant> of(Object payload) {
        Instant time;
        if (payload instanceof QuoteUpdatedEvent quote) {
            time = quote.quote() == null ? null : quote.quote().timestamp();
        } else if (payload instanceof MarketDataFileAcceptedEvent file) {
            time = file.fileTime();
        } else if (payload instanceof WorkingOrderSnapshotAppliedEvent snapshot) {
            time = snapshot.snapshotTime();
        } else if (payload instanceof OrderWorkingEvent order) {
            time = order.snapshotTime();
        } else if (payload instanceof OrderAmendedEvent order) {
            time = order.snapshotTime();
        } else if (payload instanceof OrderFilledEvent order) {
            time = order.snapshotTime();
        } else if (payload instanceof OrderNoLongerWorkingEvent order) {
            time = order.snapshotTime();
        } else if (payload instanceof StaleWorkingOrderSnapshotEvent stale) {
            time = stale.snapshotTime();
        } else if (payload instanceof FeedResumedEvent resumed) {
            time = resumed.fileTime();
        } else {
            time = null;
        }
        return Optional.ofNullable(time);
    }

    /** The feed's time of {@code payload}, or {@code storedAt} when the feed stamped none. */
    public static Instant orStored(Object payload, Instant storedAt) {
        return of(payload).orElse(storedAt);
    }
}
