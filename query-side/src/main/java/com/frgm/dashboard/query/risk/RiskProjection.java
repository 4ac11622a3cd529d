package com.frgm.dashboard.query.risk;

import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import com.frgm.dashboard.api.risk.FetchPositionBookQuery;
import com.frgm.dashboard.api.risk.FetchRiskQuery;
import com.frgm.dashboard.api.risk.PositionBookView;
import com.frgm.dashboard.api.risk.RiskView;
import com.frgm.dashboard.query.instruments.InstrumentStore;
import com.frgm.dashboard.query.projection.EventSequence;
import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;

/**
 * What the risk views need beyond the marks: each start-of-day set with its average prices, each
 * end-of-day file's settlement prices, and every fill with its price. The risk and the positions
 * are computed when asked, from this book and the instruments' marks ({@link RiskArithmetic},
 * docs/risk.md), so a new quote moves them without any write here.
 */
@ProcessingGroup(RiskProjection.PROCESSING_GROUP)
public class RiskProjection {

    public static final String PROCESSING_GROUP = "risk";

    private final RiskBookStore store;
    private final InstrumentStore instruments;
    private final ZoneId businessZone;
    private final UnitOfWorkBatch<RiskBookStore.Write> batch;

    /** @param businessZone the zone whose calendar date a fill's snapshot time falls on (as for positions) */
    public RiskProjection(RiskBookStore store, InstrumentStore instruments, ZoneId businessZone) {
        this.store = store;
        this.instruments = instruments;
        this.businessZone = businessZone;
        this.batch = new UnitOfWorkBatch<>(PROCESSING_GROUP, store::write);
    }

    @EventHandler
    void on(StartOfDayPositionsSetEvent event, TrackingToken token) {
        batch.add(new RiskBookStore.StartOfDaySet(
                new RiskBookStore.StartOfDay(
                        event.businessDate(),
                        event.positions().stream()
                                .map(row -> new RiskBookStore.Held(
                                        row.account(), row.instrument(), row.position(), row.avgPrice()))
                                .toList()),
                EventSequence.of(token)));
    }

    /** One settlement price per instrument: the first row's (every account's row carries the same). */
    @EventHandler
    void on(EndOfDayPositionsRecordedEvent event, TrackingToken token) {
        Map<String, BigDecimal> prices = new HashMap<>();
        for (EndOfDayPosition row : event.positions()) {
            prices.putIfAbsent(row.instrument(), row.settlePrice());
        }
        batch.add(new RiskBookStore.SettlementsSet(
                new RiskBookStore.Settlements(event.businessDate(), prices), EventSequence.of(token)));
    }

    @EventHandler
    void on(OrderFilledEvent event, @MessageIdentifier String eventId, TrackingToken token) {
        LocalDate date = LocalDate.ofInstant(event.snapshotTime(), businessZone);
        batch.add(new RiskBookStore.FillRecorded(
                date,
                eventId,
                new RiskBookStore.Fill(
                        event.order().account(),
                        event.order().instrument(),
                        event.positionChange(),
                        event.order().price(),
                        event.snapshotTime()),
                EventSequence.of(token)));
    }

    @QueryHandler
    public RiskView handle(FetchRiskQuery query) {
        return arithmetic(query.account()).risk();
    }

    @QueryHandler
    public PositionBookView handle(FetchPositionBookQuery query) {
        return arithmetic(query.account()).positions();
    }

    private RiskArithmetic arithmetic(String account) {
        long sequence = Math.max(store.sequence(), instruments.sequence());
        Optional<RiskBookStore.StartOfDay> start = store.latestStartOfDay();
        LocalDate from = start.map(RiskBookStore.StartOfDay::date).orElse(LocalDate.MIN);
        Optional<RiskBookStore.Settlements> settlements = start.flatMap(s -> store.settlementsBefore(s.date()));
        return new RiskArithmetic(
                start.orElse(null),
                settlements.orElse(null),
                store.fillsSince(from),
                instruments.marks(),
                sequence,
                account);
    }
}
