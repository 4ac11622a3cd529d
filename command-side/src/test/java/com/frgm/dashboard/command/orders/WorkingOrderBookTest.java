package com.frgm.dashboard.command.orders;

import com.frgm.dashboard.api.orders.ApplyWorkingOrderSnapshotCommand;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.StaleWorkingOrderSnapshotEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.orders.WorkingOrderSnapshotAppliedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkingOrderBookTest {

    private static final String BOOK = "tt-working-orders";
    private static final Instant T0 = Instant.parse("2024-01-15T10:40:00Z");
    private static final Instant T1 = T0.plusSeconds(30);

    private AggregateTestFixture<WorkingOrderBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingOrderBook.class);
    }

    @Test
    void firstSnapshotMakesEveryOrderWorking() {
        WorkingOrder buy = order("1", OrderSide.BUY, "112.46875", 10, 0);
        WorkingOrder sell = order("2", OrderSide.SELL, "112.53125", 5, 0);
        fixture.givenNoPriorActivity()
                .when(snapshot("s0.json", T0, buy, sell))
                .expectResultMessagePayload(3)
                .expectEvents(
                        new OrderWorkingEvent(BOOK, T0, buy),
                        new OrderWorkingEvent(BOOK, T0, sell),
                        applied("s0.json", T0, 2, 2));
    }

    @Test
    void newOrderAlreadyPartlyFilledIsWorkingAndFilled() {
        WorkingOrder buy = order("1", OrderSide.BUY, "112.46875", 10, 4);
        fixture.givenNoPriorActivity()
                .when(snapshot("s0.json", T0, buy))
                .expectEvents(
                        new OrderWorkingEvent(BOOK, T0, buy),
                        new OrderFilledEvent(BOOK, T0, 4, buy),
                        applied("s0.json", T0, 1, 2));
    }

    @Test
    void changedPriceIsAnAmendment() {
        WorkingOrder before = order("1", OrderSide.BUY, "112.46875", 10, 0);
        WorkingOrder after = order("1", OrderSide.BUY, "112.484375", 10, 0);
        fixture.given(new OrderWorkingEvent(BOOK, T0, before), applied("s0.json", T0, 1, 1))
                .when(snapshot("s1.json", T1, after))
                .expectEvents(new OrderAmendedEvent(BOOK, T1, before, after), applied("s1.json", T1, 1, 1));
    }

    @Test
    void higherFilledQuantityIsAFillOfTheDifference() {
        WorkingOrder before = order("1", OrderSide.SELL, "112.5", 10, 2);
        WorkingOrder after = order("1", OrderSide.SELL, "112.5", 10, 7);
        fixture.given(new OrderWorkingEvent(BOOK, T0, before), applied("s0.json", T0, 1, 1))
                .when(snapshot("s1.json", T1, after))
                .expectEvents(new OrderFilledEvent(BOOK, T1, 5, after), applied("s1.json", T1, 1, 1));
    }

    @Test
    void amendmentAndFillInOneSnapshotAreTwoEvents() {
        WorkingOrder before = order("1", OrderSide.BUY, "112.5", 10, 0);
        WorkingOrder after = order("1", OrderSide.BUY, "112.5", 20, 3);
        WorkingOrder amendedOnly = order("1", OrderSide.BUY, "112.5", 20, 0);
        fixture.given(new OrderWorkingEvent(BOOK, T0, before), applied("s0.json", T0, 1, 1))
                .when(snapshot("s1.json", T1, after))
                .expectEvents(
                        new OrderAmendedEvent(BOOK, T1, before, amendedOnly),
                        new OrderFilledEvent(BOOK, T1, 3, after),
                        applied("s1.json", T1, 1, 2));
    }

    @Test
    void orderMissingFromSnapshotIsNoLongerWorking() {
        WorkingOrder gone = order("1", OrderSide.BUY, "112.5", 10, 0);
        fixture.given(new OrderWorkingEvent(BOOK, T0, gone), applied("s0.json", T0, 1, 1))
                .when(snapshot("s1.json", T1))
                .expectEvents(new OrderNoLongerWorkingEvent(BOOK, T1, gone), applied("s1.json", T1, 0, 1));
    }

    @Test
    void unchangedOrderProducesNoEvent() {
        WorkingOrder same = order("1", OrderSide.BUY, "112.5", 10, 0);
        fixture.given(new OrderWorkingEvent(BOOK, T0, same), applied("s0.json", T0, 1, 1))
                .when(snapshot("s1.json", T1, same))
                .expectEvents(applied("s1.json", T1, 1, 0));
    }

    @Test
    void ignoresStaleSnapshot() {
        WorkingOrder working = order("1", OrderSide.BUY, "112.5", 10, 0);
        fixture.given(new OrderWorkingEvent(BOOK, T0, working), applied("s1.json", T1, 1, 1))
                .when(snapshot("s0.json", T0))
                .expectResultMessagePayload(1)
                .expectEvents(new StaleWorkingOrderSnapshotEvent(BOOK, "s0.json", "sha-s0.json", T0, T1));
    }

    @Test
    void snapshotAtTheSameTimeAsTheLastIsStale() {
        fixture.given(applied("s1.json", T1, 0, 0))
                .when(snapshot("s1b.json", T1, order("1", OrderSide.BUY, "112.5", 10, 0)))
                .expectEvents(new StaleWorkingOrderSnapshotEvent(BOOK, "s1b.json", "sha-s1b.json", T1, T1));
    }

    @Test
    void orderBackTheSameDayCountsOnlyFillsBeyondWhatWasCounted() {
        WorkingOrder seen = order("1", OrderSide.BUY, "112.5", 10, 4);
        WorkingOrder back = order("1", OrderSide.BUY, "112.5", 10, 6);
        Instant t2 = T1.plusSeconds(30);
        fixture.given(
                        new OrderWorkingEvent(BOOK, T0, seen),
                        applied("s0.json", T0, 1, 1),
                        new OrderNoLongerWorkingEvent(BOOK, T1, seen),
                        applied("s1.json", T1, 0, 1))
                .when(snapshot("s2.json", t2, back))
                .expectResultMessagePayload(3)
                .expectEvents(
                        new OrderWorkingEvent(BOOK, t2, order("1", OrderSide.BUY, "112.5", 10, 4)),
                        new OrderFilledEvent(BOOK, t2, 2, back),
                        applied("s2.json", t2, 1, 2));
    }

    @Test
    void orderBackWithNoNewFillIsOnlyWorkingAgain() {
        WorkingOrder seen = order("1", OrderSide.SELL, "112.5", 10, 4);
        WorkingOrder backAmended = order("1", OrderSide.SELL, "112.53125", 10, 4);
        Instant t2 = T1.plusSeconds(30);
        fixture.given(
                        new OrderWorkingEvent(BOOK, T0, seen),
                        new OrderFilledEvent(BOOK, T0, 4, seen),
                        applied("s0.json", T0, 1, 2),
                        new OrderNoLongerWorkingEvent(BOOK, T1, seen),
                        applied("s1.json", T1, 0, 1))
                .when(snapshot("s2.json", t2, backAmended))
                .expectEvents(new OrderWorkingEvent(BOOK, t2, backAmended), applied("s2.json", t2, 1, 1));
    }

    @Test
    void orderBackOnALaterBusinessDayIsANewOrder() {
        WorkingOrder seen = order("1", OrderSide.BUY, "112.5", 10, 4);
        Instant nextDay = Instant.parse("2024-01-16T09:00:00Z");
        fixture.given(
                        new OrderWorkingEvent(BOOK, T0, seen),
                        applied("s0.json", T0, 1, 1),
                        new OrderNoLongerWorkingEvent(BOOK, T1, seen),
                        applied("s1.json", T1, 0, 1))
                .when(snapshot("s2.json", nextDay, seen))
                .expectEvents(
                        new OrderWorkingEvent(BOOK, nextDay, seen),
                        new OrderFilledEvent(BOOK, nextDay, 4, seen),
                        applied("s2.json", nextDay, 1, 2));
    }

    @Test
    void theBusinessDayFollowsTheConfiguredZone() {
        // 23:30 and 00:30 UTC are one day in New York: the order continues there.
        WorkingOrder seen = order("1", OrderSide.BUY, "112.5", 10, 4);
        Instant late = Instant.parse("2024-01-15T23:30:00Z");
        Instant afterMidnightUtc = Instant.parse("2024-01-16T00:30:00Z");
        fixture.given(
                        new OrderWorkingEvent(BOOK, T0, seen),
                        applied("s0.json", T0, 1, 1),
                        new OrderNoLongerWorkingEvent(BOOK, late, seen),
                        applied("s1.json", late, 0, 1))
                .when(new ApplyWorkingOrderSnapshotCommand(
                        BOOK, "s2.json", "sha-s2.json", afterMidnightUtc, List.of(seen), ZoneId.of("America/New_York")))
                .expectEvents(
                        new OrderWorkingEvent(BOOK, afterMidnightUtc, seen),
                        applied("s2.json", afterMidnightUtc, 1, 1));
    }

    @Test
    void rejectsSnapshotWithAnOrderTwice() {
        fixture.givenNoPriorActivity()
                .when(snapshot(
                        "dup.json",
                        T0,
                        order("1", OrderSide.BUY, "112.5", 10, 0),
                        order("1", OrderSide.SELL, "112.5", 10, 0)))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("order 1 appears twice in dup.json")
                .expectNoEvents();
    }

    private static ApplyWorkingOrderSnapshotCommand snapshot(String key, Instant at, WorkingOrder... orders) {
        return new ApplyWorkingOrderSnapshotCommand(BOOK, key, "sha-" + key, at, List.of(orders), ZoneOffset.UTC);
    }

    private static WorkingOrderSnapshotAppliedEvent applied(String key, Instant at, int orders, int changes) {
        return new WorkingOrderSnapshotAppliedEvent(BOOK, key, "sha-" + key, at, orders, changes);
    }

    static WorkingOrder order(String id, OrderSide side, String price, long qty, long filled) {
        return new WorkingOrder(id, "FRGM01", "ZNH24", side, new BigDecimal(price), qty, filled, "WORKING", null);
    }
}
