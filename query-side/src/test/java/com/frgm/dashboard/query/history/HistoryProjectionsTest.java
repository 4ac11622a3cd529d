package com.frgm.dashboard.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.api.history.FetchOrderHistoryQuery;
import com.frgm.dashboard.api.history.FetchPositionHistoryQuery;
import com.frgm.dashboard.api.history.FetchQuoteHistoryQuery;
import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderAmendedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.OrderWorkingEvent;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.EndOfDayPositionsRecordedEvent;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPositionsSetEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class HistoryProjectionsTest {

    static final LocalDate DAY = LocalDate.of(2024, 1, 15);
    static final Instant T1 = Instant.parse("2024-01-15T10:39:38Z");
    static final Instant T2 = Instant.parse("2024-01-15T10:39:39.250Z");

    private final InMemoryHistoryStore store = new InMemoryHistoryStore();
    private final List<EventMessage<?>> parked = new ArrayList<>();
    private final List<EventMessage<?>> parkedBehind = new ArrayList<>();
    private final DeadLetters deadLetters = new DeadLetters() {
        @Override
        public void deadLetter(String group, EventMessage<?> event, RuntimeException cause) {
            parked.add(event);
        }

        @Override
        public void parkBehind(String group, EventMessage<?> event, RuntimeException cause) {
            parkedBehind.add(event);
        }
    };
    private final MarketHistoryProjection market = new MarketHistoryProjection(store, deadLetters);
    private final PositionHistoryProjection positions = new PositionHistoryProjection(store, deadLetters);
    private final OrderHistoryProjection orders = new OrderHistoryProjection(store, deadLetters);

    @Test
    void writesEveryColumnOfAQuoteUnderInstrumentAndEpochMillis() {
        quote(quote("ZNH24", T2, Map.of("open_interest", "1200")));

        assertThat(store.in(HistoryTable.MARKET_DATA))
                .singleElement()
                .satisfies(item -> assertThat(item.attributes())
                        .containsEntry("instrument_id", "ZNH24")
                        .containsEntry("timestamp", 1705315179250L)
                        .containsEntry("bid", new BigDecimal("112.5"))
                        .containsEntry("bid_size", 204L)
                        .containsEntry("bid_2", new BigDecimal("112.484375"))
                        .containsEntry("ask_size_2", 890L)
                        .containsEntry("tick_size", new BigDecimal("0.015625"))
                        .containsEntry("open_interest", "1200")
                        .containsEntry("file_key", "a.csv")
                        .doesNotContainKey("underlying"));
    }

    @Test
    void replayingTheSameEventsWritesTheSameItems() {
        QuoteUpdatedEvent first =
                new QuoteUpdatedEvent("GE_XCME.ZN", "a.csv", quote("ZNH24", T1, Map.of("b", "2", "a", "1")));
        market.on(first, GenericEventMessage.asEventMessage(first));
        sod();
        eod();
        Map<List<Object>, HistoryItem> once = new LinkedHashMap<>(store.items);

        market.on(first, GenericEventMessage.asEventMessage(first));
        sod();
        eod();

        assertThat(store.items).isEqualTo(once);
        assertThat(List.copyOf(store.items.values())).isEqualTo(List.copyOf(once.values()));
    }

    @Test
    void keepsEveryAccountsEndOfDayRowForOneInstrument() {
        eod();

        assertThat(store.in(HistoryTable.END_OF_DAY))
                .hasSize(2)
                .extracting(item -> item.attributes().get("date_account"))
                .containsExactlyInAnyOrder("2024-01-15#FRGM01", "2024-01-15#FRGM02");
    }

    @Test
    void ordersExpireSevenDaysAfterTheirSnapshotAndTheLastStateOfASnapshotWins() {
        WorkingOrder working = order(0, new BigDecimal("112.5"));
        WorkingOrder amended = order(0, new BigDecimal("112.515625"));
        WorkingOrder filled = order(2, new BigDecimal("112.515625"));
        orders.on(new OrderWorkingEvent("tt", T1, working), message(new OrderWorkingEvent("tt", T1, working)));
        OrderAmendedEvent amend = new OrderAmendedEvent("tt", T2, working, amended);
        orders.on(amend, message(amend));
        OrderFilledEvent fill = new OrderFilledEvent("tt", T2, 2, filled);
        orders.on(fill, message(fill));

        HistoryPage page = orders.handle(new FetchOrderHistoryQuery("907000", 10, null));
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0))
                .containsEntry("change", "working")
                .containsEntry("expire_time", T1.getEpochSecond() + 7 * 24 * 3600);
        assertThat(page.items().get(1))
                .containsEntry("change", "filled")
                .containsEntry("filled_qty", 2L)
                .containsEntry("fill_qty", 2L)
                .containsEntry("open_qty", 3L);
    }

    @Test
    void answersQuotesOfATimeRangeOnly() {
        quote(quote("ZNH24", T1, Map.of()));
        quote(quote("ZNH24", T2, Map.of()));
        quote(quote("ZNM24", T2, Map.of()));

        HistoryPage page = market.handle(new FetchQuoteHistoryQuery("ZNH24", T2, T2.plusSeconds(1), 10, null));

        assertThat(page.items())
                .singleElement()
                .satisfies(item -> assertThat(item).containsEntry("timestamp", T2.toEpochMilli()));
    }

    @Test
    void pagesAnAccountsStartOfDayRowsThenItsEndOfDayRows() {
        sod();
        eod();

        HistoryPage first = positions.handle(new FetchPositionHistoryQuery("FRGM01", DAY, 1, null));
        HistoryPage second = positions.handle(new FetchPositionHistoryQuery("FRGM01", DAY, 1, first.next()));

        assertThat(first.items())
                .singleElement()
                .satisfies(
                        item -> assertThat(item).containsEntry("record", "sod").containsEntry("position", 24L));
        assertThat(second.items())
                .singleElement()
                .satisfies(item -> assertThat(item)
                        .containsEntry("record", "eod")
                        .containsEntry("position", -33L)
                        .containsEntry("account", "FRGM01"));
        assertThat(second.next()).isNull();
    }

    @Test
    void writesABatchOnceWhenItsUnitOfWorkCommits() {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(message("batch"));
        quote(quote("ZNH24", T1, Map.of()));
        quote(quote("ZNM24", T1, Map.of()));
        assertThat(store.items).isEmpty();

        uow.commit();

        assertThat(store.items).hasSize(2);
        assertThat(store.writes).isEqualTo(1);
    }

    @Test
    void parksOnlyTheEventTheStoreRefusesAndWritesTheRest() {
        store.refuses = item -> "POISON".equals(item.attributes().get("instrument_id"));
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(message("batch"));
        quote(quote("ZNH24", T1, Map.of()));
        EventMessage<?> poison = quote(quote("POISON", T1, Map.of()));
        quote(quote("ZNM24", T1, Map.of()));

        uow.commit();

        assertThat(store.in(HistoryTable.MARKET_DATA))
                .extracting(item -> item.attributes().get("instrument_id"))
                .containsExactly("ZNH24", "ZNM24");
        assertThat(parked).containsExactly(poison);
    }

    @Test
    void laterEventsOfAParkedSequenceInTheSameBatchAreParkedBehindItUntried() {
        store.refuses = item -> "POISON".equals(item.attributes().get("instrument_id"));
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(message("batch"));
        EventMessage<?> first = quote(quote("POISON", T1, Map.of()));
        quote(quote("ZNH24", T1, Map.of()));
        EventMessage<?> second = quote(quote("POISON", T2, Map.of()));

        uow.commit();

        assertThat(parked).containsExactly(first);
        assertThat(parkedBehind).containsExactly(second);
        assertThat(store.in(HistoryTable.MARKET_DATA))
                .extracting(item -> item.attributes().get("instrument_id"))
                .containsExactly("ZNH24");
    }

    @Test
    void aRetriedDeadLetterThatFailsAgainFailsItsUnitOfWork() {
        store.refuses = item -> true;
        MarketHistoryProjection retrying = new MarketHistoryProjection(store, new DeadLetters() {
            @Override
            public void deadLetter(String group, EventMessage<?> event, RuntimeException cause) {
                throw cause;
            }

            @Override
            public void parkBehind(String group, EventMessage<?> event, RuntimeException cause) {
                throw new AssertionError("nothing was parked in this batch");
            }
        });
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(message("batch"));
        QuoteUpdatedEvent event = new QuoteUpdatedEvent("GE_XCME.ZN", "a.csv", quote("POISON", T1, Map.of()));
        retrying.on(event, message(event));

        assertThatThrownBy(uow::commit).hasMessageContaining("refused");
    }

    private EventMessage<?> quote(MarketQuote quote) {
        QuoteUpdatedEvent event = new QuoteUpdatedEvent("GE_XCME.ZN", "a.csv", quote);
        EventMessage<?> message = message(event);
        market.on(event, message);
        return message;
    }

    private void sod() {
        StartOfDayPositionsSetEvent event = new StartOfDayPositionsSetEvent(
                "positions",
                DAY,
                "sod.csv",
                "sha",
                null,
                List.of(
                        new StartOfDayPosition("FRGM01", "ZNH24", 24, new BigDecimal("112.5"), Map.of()),
                        new StartOfDayPosition("FRGM02", "ZNH24", -22, new BigDecimal("112.5"), Map.of())));
        positions.on(event, message(event));
    }

    private void eod() {
        EndOfDayPositionsRecordedEvent event = new EndOfDayPositionsRecordedEvent(
                "positions", DAY, "eod.csv", "sha", List.of(eodRow("FRGM01", -33), eodRow("FRGM02", 37)));
        positions.on(event, message(event));
    }

    private static EndOfDayPosition eodRow(String account, long position) {
        BigDecimal settle = new BigDecimal("112.515625");
        return new EndOfDayPosition(
                account, "ZNH24", position, settle, null, null, null, null, new BigDecimal("-21039.07"), Map.of());
    }

    private static WorkingOrder order(long filled, BigDecimal price) {
        return new WorkingOrder("907000", "FRGM01", "ZNH24", OrderSide.BUY, price, 5, filled, "WORKING", null);
    }

    static EventMessage<?> message(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }

    static MarketQuote quote(String instrument, Instant time, Map<String, String> extras) {
        return new MarketQuote(
                instrument,
                time,
                new BigDecimal("112.5"),
                204L,
                new BigDecimal("112.515625"),
                454L,
                new BigDecimal("112.5"),
                10486L,
                List.of(new PriceLevel(2, new BigDecimal("112.484375"), 124L)),
                List.of(new PriceLevel(2, new BigDecimal("112.53125"), 890L)),
                BigDecimal.ONE,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                new BigDecimal("0.015625"),
                new BigDecimal("1000"),
                extras);
    }
}
