package com.frgm.dashboard.query.playback;

import com.frgm.dashboard.api.feeds.FeedStalledEvent;
import com.frgm.dashboard.api.feeds.FileRejectedEvent;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import com.frgm.dashboard.query.replay.ListReplaySource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test only: the files of a short morning, as the aggregates would have stored their events. */
final class Scenario {

    static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");
    static final String FEED = "GE_XCME.ZN";
    static final String INSTRUMENT = "ZNH24";

    final ListReplaySource source = new ListReplaySource();

    /** A market-data file stored at {@code at}: ZNH24 with {@code depthBidSize} at the second bid level. */
    Scenario quoteFile(Instant at, String fileKey, long depthBidSize) {
        MarketQuote quote = new MarketQuote(
                INSTRUMENT,
                at,
                new BigDecimal("112.5"),
                204L,
                new BigDecimal("112.515625"),
                454L,
                new BigDecimal("112.5"),
                10486L,
                List.of(new PriceLevel(2, new BigDecimal("112.484375"), depthBidSize)),
                List.of(new PriceLevel(2, new BigDecimal("112.546875"), 890L)),
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                new BigDecimal("0.015625"),
                new BigDecimal("1000"),
                null);
        source.add(at, new QuoteUpdatedEvent(FEED, fileKey, quote))
                .add(at, new MarketDataFileAcceptedEvent(FEED, fileKey, "sha-" + fileKey, at, 1, 1, 0, 0));
        return this;
    }

    Scenario startOfDay(Instant at, String account, long position) {
        source.add(
                at,
                new StartOfDayPositionsSetEvent(
                        "positions:sod",
                        LocalDate.of(2024, 1, 15),
                        "sod.csv",
                        "sha",
                        null,
                        List.of(new StartOfDayPosition(account, INSTRUMENT, position, null, null))));
        return this;
    }

    /** A TT snapshot stored at {@code at} whose events are {@code payloads}, then its "applied" event. */
    Scenario ttFile(Instant at, String fileKey, Object... payloads) {
        for (Object payload : payloads) {
            source.add(at, payload);
        }
        source.add(
                at, new WorkingOrderSnapshotAppliedEvent("orders", fileKey, "sha-" + fileKey, at, 1, payloads.length));
        return this;
    }

    Scenario rejected(Instant at, String fileKey) {
        source.add(
                at,
                new FileRejectedEvent(
                        "market-data", FEED, "frgm-actant-dev", fileKey, "sha", 1, "line 2: bid is not a number"));
        return this;
    }

    Scenario stalled(Instant at) {
        source.add(at, new FeedStalledEvent(FEED, "last.csv", at.minusSeconds(60), Duration.ofSeconds(60), at));
        return this;
    }

    static WorkingOrder order(String id, String price, long qty, long filled) {
        return new WorkingOrder(
                id, "ACC1", INSTRUMENT, OrderSide.BUY, new BigDecimal(price), qty, filled, "Working", T0);
    }

    static OrderWorkingEvent working(Instant at, WorkingOrder order) {
        return new OrderWorkingEvent("orders", at, order);
    }

    static OrderAmendedEvent amended(Instant at, WorkingOrder previous, WorkingOrder order) {
        return new OrderAmendedEvent("orders", at, previous, order);
    }

    static OrderFilledEvent filled(Instant at, long qty, WorkingOrder order) {
        return new OrderFilledEvent("orders", at, qty, order);
    }

    static OrderNoLongerWorkingEvent gone(Instant at, WorkingOrder order) {
        return new OrderNoLongerWorkingEvent("orders", at, order);
    }
}
