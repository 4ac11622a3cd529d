package com.frgm.dashboard.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistorySequencingPolicyTest {

    private final HistorySequencingPolicy policy = new HistorySequencingPolicy();

    @Test
    void quotesOfOneFeedAreSequencedPerInstrumentSoOneBadQuoteParksOnlyItsInstrument() {
        Object first = sequence(new QuoteUpdatedEvent(
                "GE_XCME.ZN", "a.csv", HistoryProjectionsTest.quote("ZNH24", HistoryProjectionsTest.T1, Map.of())));
        Object other = sequence(new QuoteUpdatedEvent(
                "GE_XCME.ZN", "a.csv", HistoryProjectionsTest.quote("ZNM24", HistoryProjectionsTest.T1, Map.of())));
        Object later = sequence(new QuoteUpdatedEvent(
                "GE_XCME.ZN", "b.csv", HistoryProjectionsTest.quote("ZNH24", HistoryProjectionsTest.T2, Map.of())));

        assertThat(first).isEqualTo(later).isNotEqualTo(other);
    }

    @Test
    void anOrdersEventsShareOneSequence() {
        WorkingOrder order =
                new WorkingOrder("907000", "FRGM01", "ZNH24", OrderSide.BUY, BigDecimal.TEN, 5, 0, null, null);

        assertThat(sequence(new OrderWorkingEvent("tt", HistoryProjectionsTest.T1, order)))
                .isEqualTo(sequence(new OrderNoLongerWorkingEvent("tt", HistoryProjectionsTest.T2, order)))
                .isEqualTo("order:907000");
    }

    private Object sequence(Object payload) {
        return policy.getSequenceIdentifierFor(HistoryProjectionsTest.message(payload));
    }
}
