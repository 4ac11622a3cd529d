package com.frgm.dashboard.query.history;

import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Which events of the history groups must stay in order: those writing the same items. A dead
 * letter parks its whole sequence, so the sequence is one instrument's quotes, one order's
 * states or one file's rows, not the aggregate (one feed holds every instrument's quotes).
 */
public final class HistorySequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof QuoteUpdatedEvent quote) {
            return "quote:" + quote.quote().instrument();
        }
        if (payload instanceof OrderWorkingEvent e) {
            return "order:" + e.order().orderId();
        }
        if (payload instanceof OrderAmendedEvent e) {
            return "order:" + e.order().orderId();
        }
        if (payload instanceof OrderFilledEvent e) {
            return "order:" + e.order().orderId();
        }
        if (payload instanceof OrderNoLongerWorkingEvent e) {
            return "order:" + e.lastSeen().orderId();
        }
        if (payload instanceof StartOfDayPositionsSetEvent e) {
            return "sod:" + e.businessDate();
        }
        if (payload instanceof EndOfDayPositionsRecordedEvent e) {
            return "eod:" + e.businessDate();
        }
        return event.getIdentifier();
    }
}
