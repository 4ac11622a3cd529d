package com.frgm.dashboard.query.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.FetchInstrumentOrdersQuery;
import com.frgm.dashboard.api.orders.InstrumentOrdersView;
import com.frgm.dashboard.api.orders.OrderLevel;
import com.frgm.dashboard.api.orders.OrderSide;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.FetchLivePositionsQuery;
import com.frgm.dashboard.api.positions.LivePosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.query.orders.InstrumentOrders;
import com.frgm.dashboard.query.orders.WorkingOrderStore;
import com.frgm.dashboard.query.positions.PositionStore;
import com.frgm.dashboard.query.positions.PositionStore.AccountInstrument;
import com.frgm.dashboard.query.positions.PositionsProjection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisOrdersAndPositionsIT {

    private static final LocalDate DAY = LocalDate.parse("2024-01-15");
    private RedisTestServer server;
    private RedisAccess connection;

    private RedisWorkingOrderStore orders;
    private RedisPositionStore positions;
    private PositionsProjection positionsProjection;

    /** The Redis these tests run on: one server here, a Redis Cluster in the subclass for the cluster. */
    RedisTestServer startRedis() {
        return RedisTestServer.standalone();
    }

    @BeforeAll
    void connect() {
        server = startRedis();
        connection = server.connect();
    }

    @AfterAll
    void stopRedis() {
        connection.close();
        server.close();
    }

    @BeforeEach
    void clean() {
        connection.sync().flushall();
        orders = new RedisWorkingOrderStore(connection);
        positions = new RedisPositionStore(connection);
        positionsProjection = new PositionsProjection(positions, ZoneOffset.UTC);
    }

    @Test
    void keepsActiveOrdersInTheSeedHashWithSnapshotFieldNames() {
        WorkingOrder buy = order("12345", OrderSide.BUY, "112.46875", 10, 0);
        orders.write(List.of(
                new WorkingOrderStore.Put(buy, null, 1),
                new WorkingOrderStore.SnapshotApplied(Instant.ofEpochSecond(1705315200), 2)));

        String json = connection.sync().hget("tt:orders:active", "12345");
        assertThat(json)
                .contains("\"order_id\":\"12345\"", "\"filled_qty\":0", "\"side\":\"BUY\"", "\"price\":112.46875");
        assertThat(connection.sync().get("last_update:tt:orders")).isEqualTo("1705315200");

        orders.write(List.of(new WorkingOrderStore.Remove(buy, 3)));
        assertThat(connection.sync().hgetall("tt:orders:active")).isEmpty();
        assertThat(orders.ordersIn("ZNH24")).isEmpty();
    }

    @Test
    void sumsOpenQuantityPerPriceAndSide() {
        orders.write(List.of(
                new WorkingOrderStore.Put(order("1", OrderSide.BUY, "112.5", 10, 4), null, 1),
                new WorkingOrderStore.Put(order("2", OrderSide.BUY, "112.50", 5, 0), null, 2),
                new WorkingOrderStore.Put(order("3", OrderSide.SELL, "112.53125", 7, 0), null, 3)));
        InstrumentOrders view = new InstrumentOrders(orders, positionsProjection);

        InstrumentOrdersView answer = view.handle(new FetchInstrumentOrdersQuery("ZNH24"));

        assertThat(answer.levels())
                .containsExactly(
                        new OrderLevel(new BigDecimal("112.53125"), 0, 7),
                        new OrderLevel(new BigDecimal("112.5"), 11, 0));
        assertThat(answer.orders()).extracting(WorkingOrder::orderId).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void livePositionIsStartOfDayPlusFillsCountedOnceEach() {
        positions.write(List.of(new PositionStore.StartOfDaySet(
                DAY,
                List.of(
                        new StartOfDayPosition("FRGM01", "ZNH24", 25, null, null),
                        new StartOfDayPosition("FRGM02", "ZNH24", -5, null, null)),
                1)));
        PositionStore.Fill fill = new PositionStore.Fill(DAY, new AccountInstrument("FRGM01", "ZNH24"), "event-1", 4);
        positions.write(List.of(fill));
        positions.write(List.of(fill)); // redelivered
        positions.write(List.of(new PositionStore.Fill(
                DAY.minusDays(1),
                new AccountInstrument("FRGM01", "ZNH24"),
                "event-0",
                100))); // before the start-of-day: already in it

        List<LivePosition> live = positionsProjection
                .handle(new FetchLivePositionsQuery(null, "ZNH24"))
                .positions();

        assertThat(live)
                .containsExactly(
                        new LivePosition("FRGM01", "ZNH24", 25, 4, 29, false),
                        new LivePosition("FRGM02", "ZNH24", -5, 0, -5, false));
    }

    @Test
    void newStartOfDayFileReplacesTheDatesSetWhole() {
        positions.write(List.of(new PositionStore.StartOfDaySet(
                DAY,
                List.of(
                        new StartOfDayPosition("FRGM01", "ZNH24", 25, null, null),
                        new StartOfDayPosition("FRGM02", "ZNH24", -5, null, null)),
                1)));
        positions.write(List.of(new PositionStore.StartOfDaySet(
                DAY, List.of(new StartOfDayPosition("FRGM02", "ZNH24", 3, null, null)), 2)));

        assertThat(positions.startOfDay(DAY))
                .containsOnly(java.util.Map.entry(new AccountInstrument("FRGM02", "ZNH24"), 3L));
        assertThat(positionsProjection
                        .handle(new FetchLivePositionsQuery("FRGM01", null))
                        .positions())
                .isEmpty();
    }

    @Test
    void anOlderEventNeverOverwritesWhatANewerOneWrote() {
        WorkingOrder amended = order("7", OrderSide.BUY, "112.5", 20, 0);
        orders.write(List.of(
                new WorkingOrderStore.Put(amended, null, 50),
                new WorkingOrderStore.SnapshotApplied(Instant.ofEpochSecond(1705315260), 51)));
        // A replay, or a node that lost its segment, writes what events 10 and 11 said.
        orders.write(List.of(
                new WorkingOrderStore.Put(order("7", OrderSide.BUY, "112.5", 10, 0), null, 10),
                new WorkingOrderStore.SnapshotApplied(Instant.ofEpochSecond(1705315200), 11)));

        assertThat(orders.ordersIn("ZNH24")).containsExactly(amended);
        assertThat(connection.sync().get("last_update:tt:orders")).isEqualTo("1705315260");

        positions.write(List.of(new PositionStore.StartOfDaySet(
                DAY, List.of(new StartOfDayPosition("FRGM01", "ZNH24", 3, null, null)), 60)));
        positions.write(List.of(new PositionStore.StartOfDaySet(
                DAY, List.of(new StartOfDayPosition("FRGM01", "ZNH24", 99, null, null)), 40)));
        assertThat(positions.startOfDay(DAY))
                .containsOnly(java.util.Map.entry(new AccountInstrument("FRGM01", "ZNH24"), 3L));
    }

    @Test
    void aStaleWriteAnnouncesNothing() {
        List<String> announced = new java.util.concurrent.CopyOnWriteArrayList<>();
        var subscriber = connection.connectPubSub();
        subscriber.addListener(new io.lettuce.core.pubsub.RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                announced.add(message);
            }
        });
        subscriber.sync().subscribe("orders:updates");
        orders.write(List.of(new WorkingOrderStore.Put(order("8", OrderSide.SELL, "113", 1, 0), null, 20)));
        orders.write(List.of(new WorkingOrderStore.Put(order("8", OrderSide.SELL, "112", 1, 0), null, 19)));
        orders.write(List.of(new WorkingOrderStore.Put(order("9", OrderSide.SELL, "114", 1, 0), null, 21)));

        org.awaitility.Awaitility.await()
                .untilAsserted(() -> assertThat(announced).hasSize(2));
        assertThat(announced).containsOnly("ZNH24");
        subscriber.close();
    }

    @Test
    void anOrderGoneWithOpenQuantityMarksThePositionUntilItComesBack() {
        AccountInstrument pair = new AccountInstrument("FRGM01", "ZNH24");
        positions.write(List.of(new PositionStore.Unconfirmed(DAY, pair, "42", 6, 70)));
        assertThat(positions.unconfirmedSince(DAY)).containsExactly(pair);
        assertThat(positionsProjection
                        .handle(new FetchLivePositionsQuery("FRGM01", null))
                        .positions())
                .containsExactly(new LivePosition("FRGM01", "ZNH24", 0, 0, 0, true));
        assertThat(positions.unconfirmedSince(DAY.plusDays(1))).isEmpty();

        positions.write(List.of(new PositionStore.Confirmed(DAY, pair, "42", 71)));
        assertThat(positions.unconfirmedSince(DAY)).isEmpty();
    }

    private static WorkingOrder order(String id, OrderSide side, String price, long qty, long filled) {
        return new WorkingOrder(
                id,
                "FRGM01",
                "ZNH24",
                side,
                new BigDecimal(price),
                qty,
                filled,
                "WORKING",
                Instant.parse("2024-01-15T10:40:00Z"));
    }
}
