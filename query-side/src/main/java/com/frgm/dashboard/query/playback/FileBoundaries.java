package com.frgm.dashboard.query.playback;

import com.frgm.dashboard.api.FeedTime;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.feeds.FeedResumedEvent;
import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.StaleWorkingOrderSnapshotEvent;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Where one file's events end in the stream. A file is one command and one transaction, so its
 * events are consecutive, of one aggregate, and the aggregate applies its own "file done" event
 * last (market data: resumed, quotes, accepted; TT: orders, snapshot applied). Events of no file
 * (a stall, a limit breach) stand alone.
 */
final class FileBoundaries {

    private FileBoundaries() {}

    /** Whether {@code next} begins another file than the one {@code batch} (not empty) holds. */
    static boolean startsNew(List<TrackedEventMessage<?>> batch, TrackedEventMessage<?> next) {
        TrackedEventMessage<?> last = batch.get(batch.size() - 1);
        return !insideFile(last.getPayload()) || !Objects.equals(aggregate(last), aggregate(next));
    }

    /** The file the events came from, named by its last event; null for an event of no file. */
    static String fileKey(List<TrackedEventMessage<?>> batch) {
        Object payload = batch.get(batch.size() - 1).getPayload();
        if (payload instanceof MarketDataFileAcceptedEvent e) {
            return e.fileKey();
        } else if (payload instanceof QuoteUpdatedEvent e) {
            return e.fileKey();
        } else if (payload instanceof WorkingOrderSnapshotAppliedEvent e) {
            return e.fileKey();
        } else if (payload instanceof StaleWorkingOrderSnapshotEvent e) {
            return e.fileKey();
        } else if (payload instanceof StartOfDayPositionsSetEvent e) {
            return e.fileKey();
        } else if (payload instanceof EndOfDayPositionsRecordedEvent e) {
            return e.fileKey();
        } else if (payload instanceof FileRejectedEvent e) {
            return e.fileKey();
        }
        return null;
    }

    /** The event's instant on {@code clock}. */
    static Instant instant(TrackedEventMessage<?> event, ReplayClock clock) {
        return clock == ReplayClock.DESK
                ? event.getTimestamp()
                : FeedTime.orStored(event.getPayload(), event.getTimestamp());
    }

    /** Events a file's "done" event follows. */
    private static boolean insideFile(Object payload) {
        return payload instanceof QuoteUpdatedEvent
                || payload instanceof FeedResumedEvent
                || payload instanceof OrderWorkingEvent
                || payload instanceof OrderAmendedEvent
                || payload instanceof OrderFilledEvent
                || payload instanceof OrderNoLongerWorkingEvent;
    }

    private static String aggregate(TrackedEventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }
}
