package com.frgm.dashboard.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.feeds.FeedResumedEvent;
import com.frgm.dashboard.api.feeds.FeedStalledEvent;
import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.operations.OperatorActionRecordedEvent;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.StaleWorkingOrderSnapshotEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each saved sample of each event revision, read the way the event store reads a stored row
 * (upcasters, then the serializer), has every field it had when it was written. Equality of the
 * records compares every component, decimals with their scale ({@code 112.50} is not {@code 112.5}).
 * A new revision keeps the old sample and its test here, stating what the old event reads as now.
 */
class EventSamplesTest {

    private static final String FEED = "GE_XCME.ZN";
    private static final String MARKET_FILE = "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv";
    private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    private static final String BOOK = "tt-working-orders";
    private static final String SNAPSHOT_FILE = "working-orders/2024/01/15/orders_snapshot_1705315208.json";
    private static final Instant SNAPSHOT_TIME = Instant.parse("2024-01-15T10:40:08Z");
    private static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 1, 15);

    private static final WorkingOrder BEFORE = new WorkingOrder(
            "907000",
            "FRGM01",
            "ZNH24",
            OrderSide.BUY,
            new BigDecimal("112.484375"),
            10,
            0,
            "Working",
            Instant.parse("2024-01-15T10:39:30Z"));
    private static final WorkingOrder AFTER = new WorkingOrder(
            "907000",
            "FRGM01",
            "ZNH24",
            OrderSide.BUY,
            new BigDecimal("112.50"),
            12,
            3,
            "PartiallyFilled",
            Instant.parse("2024-01-15T10:40:05.500Z"));

    @Test
    void quoteUpdatedEventRevision1() {
        assertThat(EventSamples.read(QuoteUpdatedEvent.class, "1"))
                .isEqualTo(new QuoteUpdatedEvent(
                        FEED,
                        MARKET_FILE,
                        new MarketQuote(
                                "ZNH24",
                                Instant.parse("2024-01-15T10:39:38.125Z"),
                                new BigDecimal("112.484375"),
                                40L,
                                new BigDecimal("112.50"),
                                25L,
                                new BigDecimal("112.50"),
                                1234L,
                                List.of(new PriceLevel(2, new BigDecimal("112.468750"), 55L)),
                                List.of(new PriceLevel(2, new BigDecimal("112.515625"), 60L)),
                                new BigDecimal("0.52"),
                                new BigDecimal("0.031"),
                                new BigDecimal("0.0125"),
                                new BigDecimal("-0.0040"),
                                "ZN",
                                new BigDecimal("0.015625"),
                                new BigDecimal("1000"),
                                Map.of("open_interest", "51234"))));
    }

    @Test
    void marketDataFileAcceptedEventRevision1() {
        assertThat(EventSamples.read(MarketDataFileAcceptedEvent.class, "1"))
                .isEqualTo(new MarketDataFileAcceptedEvent(
                        FEED, MARKET_FILE, SHA, Instant.parse("2024-01-15T10:39:38Z"), 3, 1, 1, 1));
    }

    @Test
    void feedStalledEventRevision1() {
        assertThat(EventSamples.read(FeedStalledEvent.class, "1"))
                .isEqualTo(new FeedStalledEvent(
                        FEED,
                        MARKET_FILE,
                        Instant.parse("2024-01-15T10:39:39.250Z"),
                        Duration.ofSeconds(60),
                        Instant.parse("2024-01-15T10:40:40Z")));
    }

    @Test
    void fileRejectedRevision1() {
        assertThat(EventSamples.read(FileRejectedEvent.class, "1"))
                .isEqualTo(new FileRejectedEvent(
                        "market-data",
                        FEED,
                        "frgm-actant-dev",
                        "market-data/2024/01/15/GE_XCME.ZN_20240115_103940.csv",
                        "9f2c3a1b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a",
                        2,
                        "line 2: bid is not a number"));
    }

    @Test
    void feedResumedEventRevision1() {
        assertThat(EventSamples.read(FeedResumedEvent.class, "1"))
                .isEqualTo(new FeedResumedEvent(
                        FEED,
                        "market-data/2024/01/15/GE_XCME.ZN_20240115_104102.csv",
                        Instant.parse("2024-01-15T10:41:02Z"),
                        Instant.parse("2024-01-15T10:40:40Z")));
    }

    @Test
    void orderWorkingEventRevision1() {
        assertThat(EventSamples.read(OrderWorkingEvent.class, "1"))
                .isEqualTo(new OrderWorkingEvent(BOOK, SNAPSHOT_TIME, BEFORE));
    }

    @Test
    void orderAmendedEventRevision1() {
        assertThat(EventSamples.read(OrderAmendedEvent.class, "1"))
                .isEqualTo(new OrderAmendedEvent(BOOK, SNAPSHOT_TIME, BEFORE, AFTER));
    }

    @Test
    void orderFilledEventRevision1() {
        assertThat(EventSamples.read(OrderFilledEvent.class, "1"))
                .isEqualTo(new OrderFilledEvent(BOOK, SNAPSHOT_TIME, 3, AFTER));
    }

    @Test
    void orderNoLongerWorkingEventRevision1() {
        assertThat(EventSamples.read(OrderNoLongerWorkingEvent.class, "1"))
                .isEqualTo(new OrderNoLongerWorkingEvent(BOOK, SNAPSHOT_TIME, AFTER));
    }

    @Test
    void staleWorkingOrderSnapshotEventRevision1() {
        assertThat(EventSamples.read(StaleWorkingOrderSnapshotEvent.class, "1"))
                .isEqualTo(new StaleWorkingOrderSnapshotEvent(
                        BOOK, SNAPSHOT_FILE, SHA, Instant.parse("2024-01-15T10:39:38Z"), SNAPSHOT_TIME));
    }

    @Test
    void workingOrderSnapshotAppliedEventRevision1() {
        assertThat(EventSamples.read(WorkingOrderSnapshotAppliedEvent.class, "1"))
                .isEqualTo(new WorkingOrderSnapshotAppliedEvent(BOOK, SNAPSHOT_FILE, SHA, SNAPSHOT_TIME, 2, 1));
    }

    @Test
    void startOfDayPositionsSetEventRevision1() {
        assertThat(EventSamples.read(StartOfDayPositionsSetEvent.class, "1"))
                .isEqualTo(new StartOfDayPositionsSetEvent(
                        "positions:2024-01-15",
                        BUSINESS_DATE,
                        "sod/2024/01/15/actant_sod_20240115.csv",
                        SHA,
                        "sod/2024/01/15/actant_sod_20240115_v1.csv",
                        List.of(new StartOfDayPosition(
                                "FRGM01", "ZNH24", 24, new BigDecimal("112.406250"), Map.of("trader", "JD")))));
    }

    @Test
    void endOfDayPositionsRecordedEventRevision1() {
        assertThat(EventSamples.read(EndOfDayPositionsRecordedEvent.class, "1"))
                .isEqualTo(new EndOfDayPositionsRecordedEvent(
                        "positions:2024-01-15",
                        BUSINESS_DATE,
                        "eod/2024/01/15/actant_eod_20240115.csv",
                        SHA,
                        List.of(new EndOfDayPosition(
                                "FRGM01",
                                "ZNH24",
                                -33,
                                new BigDecimal("112.453125"),
                                new BigDecimal("-0.98"),
                                new BigDecimal("0.002"),
                                new BigDecimal("0.150"),
                                new BigDecimal("-0.010"),
                                new BigDecimal("-1546.88"),
                                Map.of("desk", "rates")))));
    }

    @Test
    void operatorActionRecordedEventRevision1() {
        assertThat(EventSamples.read(OperatorActionRecordedEvent.class, "1"))
                .isEqualTo(new OperatorActionRecordedEvent(
                        "desk-ops",
                        "dead-letters-retried",
                        "history-market",
                        "succeeded (200)",
                        Instant.parse("2024-01-16T14:05:30.125Z")));
    }
}
