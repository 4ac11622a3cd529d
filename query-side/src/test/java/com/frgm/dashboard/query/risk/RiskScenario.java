package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import com.frgm.dashboard.query.instruments.InstrumentsProjection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.GenericMessage;

/**
 * The worked example of docs/risk.md (and of the app's RiskViewsIT samples): two accounts, the ZNH24
 * future, a call and a put on it, settlements of the previous business day with the put's missing,
 * and two fills. The projections are driven as a processor drives them, through Axon's adapter.
 */
final class RiskScenario {

    static final LocalDate PREVIOUS = LocalDate.parse("2024-01-15");
    static final LocalDate TODAY = LocalDate.parse("2024-01-16");
    static final Instant QUOTE_TIME = Instant.parse("2024-01-16T14:30:00Z");
    static final Instant FILL_TIME = Instant.parse("2024-01-16T14:00:30Z");

    final InMemoryInstrumentStore instruments = new InMemoryInstrumentStore();
    final InMemoryRiskBookStore book = new InMemoryRiskBookStore();
    final RiskProjection risk = new RiskProjection(book, instruments, ZoneOffset.UTC);
    private final AnnotationEventHandlerAdapter instrumentHandlers =
            new AnnotationEventHandlerAdapter(new InstrumentsProjection(instruments));
    private final AnnotationEventHandlerAdapter riskHandlers = new AnnotationEventHandlerAdapter(risk);
    private long index;

    RiskScenario startOfDay() {
        return apply(new StartOfDayPositionsSetEvent(
                "positions:" + TODAY,
                TODAY,
                "sod.csv",
                "sha",
                null,
                List.of(
                        sod("RISK01", "ZNH24", 10, "111.5"), sod("RISK01", "ZNH24 C112", -20, "0.75"),
                        sod("RISK02", "ZNH24", -5, "112.5"), sod("RISK02", "ZNH24 P111", 40, "0.3125"))));
    }

    /** The previous business day's settlements; the put is missing from them. */
    RiskScenario settlements() {
        return apply(new EndOfDayPositionsRecordedEvent(
                "positions:" + PREVIOUS,
                PREVIOUS,
                "eod.csv",
                "sha",
                List.of(
                        eod("RISK01", "ZNH24", 10, "112"),
                        eod("RISK01", "ZNH24 C112", -20, "0.5"),
                        eod("RISK02", "ZNH24", -5, "112"))));
    }

    RiskScenario quotes() {
        quote("ZNH24", "112.25", "1", "0", "0", "0", null);
        quote("ZNH24 C112", "0.625", "0.55", "0.2", "0.05", "-0.01", "ZNH24");
        return quote("ZNH24 P111", "0.25", "-0.25", "0.1", "0.04", "-0.008", "ZNH24");
    }

    /** RISK02 bought 6 calls at 0.5625; RISK01 sold 3 futures at 112.3125. */
    RiskScenario fills() {
        fill("fill-1", "RISK02", "ZNH24 C112", OrderSide.BUY, "0.5625", 6);
        return fill("fill-2", "RISK01", "ZNH24", OrderSide.SELL, "112.3125", 3);
    }

    RiskScenario quote(
            String instrument, String price, String delta, String gamma, String vega, String theta, String underlying) {
        return apply(new QuoteUpdatedEvent(
                "GE_XCME.ZN",
                "md.csv",
                new MarketQuote(
                        instrument,
                        QUOTE_TIME,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal(price),
                        100L,
                        List.of(),
                        List.of(),
                        decimal(delta),
                        decimal(gamma),
                        decimal(vega),
                        decimal(theta),
                        underlying,
                        new BigDecimal("0.015625"),
                        new BigDecimal("1000"),
                        Map.of())));
    }

    RiskScenario fill(String eventId, String account, String instrument, OrderSide side, String price, long qty) {
        return fillAt(FILL_TIME, eventId, account, instrument, side, price, qty);
    }

    RiskScenario fillAt(
            Instant at, String eventId, String account, String instrument, OrderSide side, String price, long qty) {
        WorkingOrder order = new WorkingOrder(
                eventId + "-order", account, instrument, side, new BigDecimal(price), 10, qty, "WORKING", at);
        return apply(eventId, new OrderFilledEvent("tt-working-orders", at, qty, order));
    }

    RiskScenario apply(Object payload) {
        return apply("event-" + (index + 1), payload);
    }

    RiskScenario apply(String eventId, Object payload) {
        index++;
        GenericTrackedDomainEventMessage<Object> event = new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(index),
                "Aggregate",
                "id",
                index,
                new GenericMessage<>(eventId, payload, Map.of()),
                () -> QUOTE_TIME);
        try {
            for (AnnotationEventHandlerAdapter handlers : List.of(instrumentHandlers, riskHandlers)) {
                if (handlers.canHandle(event)) {
                    handlers.handle(event);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    long lastIndex() {
        return index;
    }

    private static StartOfDayPosition sod(String account, String instrument, long position, String avgPrice) {
        return new StartOfDayPosition(account, instrument, position, new BigDecimal(avgPrice), null);
    }

    private static EndOfDayPosition eod(String account, String instrument, long position, String settle) {
        return new EndOfDayPosition(
                account, instrument, position, new BigDecimal(settle), null, null, null, null, null, null);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
