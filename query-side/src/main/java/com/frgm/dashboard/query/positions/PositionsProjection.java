package com.frgm.dashboard.query.positions;

import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderNoLongerWorkingEvent;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.FetchLivePositionsQuery;
import com.frgm.dashboard.api.positions.LivePosition;
import com.frgm.dashboard.api.positions.LivePositionsView;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import com.frgm.dashboard.query.positions.PositionStore.AccountInstrument;
import com.frgm.dashboard.query.projection.EventSequence;
import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Positions in Redis: each business date's start-of-day set, end-of-day records, and fills.
 * The live position is the latest start-of-day set plus every fill on or after its date. A fill
 * is stored under its event's id, so a redelivered fill is not counted twice.
 *
 * <p>TT snapshots show cumulative fills of working orders only. An order that leaves them with
 * quantity still open may have filled between its last two snapshots (or been cancelled): those
 * fills are never seen, so the pair's live position is marked as possibly incomplete for the
 * day until the order comes back or the next start-of-day file settles it.
 */
@ProcessingGroup(PositionsProjection.PROCESSING_GROUP)
public class PositionsProjection {

    public static final String PROCESSING_GROUP = "positions";

    private final PositionStore store;
    private final ZoneId businessZone;
    private final UnitOfWorkBatch<PositionStore.Write> batch;

    /** @param businessZone the zone whose calendar date a fill's snapshot time falls on */
    public PositionsProjection(PositionStore store, ZoneId businessZone) {
        this.store = store;
        this.businessZone = businessZone;
        this.batch = new UnitOfWorkBatch<>(PROCESSING_GROUP, store::write);
    }

    @EventHandler
    void on(StartOfDayPositionsSetEvent event, TrackingToken token) {
        batch.add(new PositionStore.StartOfDaySet(event.businessDate(), event.positions(), EventSequence.of(token)));
    }

    @EventHandler
    void on(EndOfDayPositionsRecordedEvent event, TrackingToken token) {
        batch.add(new PositionStore.EndOfDaySet(event.businessDate(), event.positions(), EventSequence.of(token)));
    }

    @EventHandler
    void on(OrderFilledEvent event, @MessageIdentifier String eventId) {
        batch.add(new PositionStore.Fill(
                date(event.snapshotTime()), pair(event.order()), eventId, event.positionChange()));
    }

    @EventHandler
    void on(OrderNoLongerWorkingEvent event, TrackingToken token) {
        WorkingOrder last = event.lastSeen();
        if (last.openQty() > 0) {
            batch.add(new PositionStore.Unconfirmed(
                    date(event.snapshotTime()), pair(last), last.orderId(), last.openQty(), EventSequence.of(token)));
        }
    }

    @EventHandler
    void on(OrderWorkingEvent event, TrackingToken token) {
        WorkingOrder order = event.order();
        batch.add(new PositionStore.Confirmed(
                date(event.snapshotTime()), pair(order), order.orderId(), EventSequence.of(token)));
    }

    private LocalDate date(Instant snapshotTime) {
        return LocalDate.ofInstant(snapshotTime, businessZone);
    }

    private static AccountInstrument pair(WorkingOrder order) {
        return new AccountInstrument(order.account(), order.instrument());
    }

    @QueryHandler
    public LivePositionsView handle(FetchLivePositionsQuery query) {
        Optional<LocalDate> date = store.latestStartOfDayDate();
        Map<AccountInstrument, Long> start = date.map(store::startOfDay).orElse(Map.of());
        Map<AccountInstrument, Long> fills = store.fillsSince(date.orElse(LocalDate.MIN));
        Set<AccountInstrument> unconfirmed = store.unconfirmedSince(date.orElse(LocalDate.MIN));
        TreeSet<AccountInstrument> pairs = new TreeSet<>(
                Comparator.comparing(AccountInstrument::account).thenComparing(AccountInstrument::instrument));
        pairs.addAll(start.keySet());
        pairs.addAll(fills.keySet());
        pairs.addAll(unconfirmed);
        List<LivePosition> positions = new ArrayList<>();
        for (AccountInstrument pair : pairs) {
            if (matches(query.account(), pair.account()) && matches(query.instrument(), pair.instrument())) {
                long sod = start.getOrDefault(pair, 0L);
                long filled = fills.getOrDefault(pair, 0L);
                positions.add(new LivePosition(
                        pair.account(), pair.instrument(), sod, filled, sod + filled, unconfirmed.contains(pair)));
            }
        }
        return new LivePositionsView(date.orElse(null), positions);
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
