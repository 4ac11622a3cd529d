package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.query.orders.WorkingOrderStore;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working orders in Redis, one pipeline of guarded writes per batch ({@link GuardedWrites});
 * announces afterwards the instruments whose orders a write actually changed.
 */
public class RedisWorkingOrderStore implements WorkingOrderStore {

    private final RedisAccess connection;
    private final GuardedWrites guarded;
    private final Keyspace keys;

    public RedisWorkingOrderStore(RedisAccess connection) {
        this(connection, Keyspace.live());
    }

    public RedisWorkingOrderStore(RedisAccess connection, Keyspace keys) {
        this.connection = connection;
        this.guarded = new GuardedWrites(connection, keys);
        this.keys = keys;
    }

    /** Where it writes; the live store's gate is what a rebuild's switch closes. */
    Keyspace keyspace() {
        return keys;
    }

    @Override
    public void write(List<Write> writes) {
        Set<String> changed = keys.write(() -> guarded.run(() -> {
            List<Touch> touches = new ArrayList<>(writes.size() * 2);
            for (Write write : writes) {
                if (write instanceof Put put) {
                    WorkingOrder order = put.order();
                    Map<String, String> field = Map.of(order.orderId(), RedisJson.SNAKE_CASE.write(order));
                    touches.add(new Touch(
                            null, guarded.hash(keys.key(RedisKeys.ORDERS_ACTIVE), put.sequence(), field, List.of())));
                    touches.add(new Touch(
                            order.instrument(),
                            guarded.hash(
                                    keys.key(RedisKeys.ordersIn(order.instrument())),
                                    put.sequence(),
                                    field,
                                    List.of())));
                    if (put.movedFrom() != null) {
                        touches.add(new Touch(
                                put.movedFrom(),
                                guarded.hash(
                                        keys.key(RedisKeys.ordersIn(put.movedFrom())),
                                        put.sequence(),
                                        Map.of(),
                                        List.of(order.orderId()))));
                    }
                } else if (write instanceof Remove remove) {
                    WorkingOrder order = remove.lastSeen();
                    List<String> id = List.of(order.orderId());
                    touches.add(new Touch(
                            null, guarded.hash(keys.key(RedisKeys.ORDERS_ACTIVE), remove.sequence(), Map.of(), id)));
                    touches.add(new Touch(
                            order.instrument(),
                            guarded.hash(
                                    keys.key(RedisKeys.ordersIn(order.instrument())),
                                    remove.sequence(),
                                    Map.of(),
                                    id)));
                } else if (write instanceof SnapshotApplied applied) {
                    touches.add(new Touch(
                            null,
                            guarded.set(
                                    keys.key(RedisKeys.ORDERS_LAST_UPDATE),
                                    applied.sequence(),
                                    Long.toString(applied.snapshotTime().getEpochSecond()),
                                    null)));
                }
            }
            Replies.await(touches.stream().map(Touch::reply).toList(), "working-order writes");
            return Touch.changedInstruments(touches);
        }));
        if (keys.publishes()) {
            announce(connection.async(), changed);
        }
    }

    static void announce(RedisClusterAsyncCommands<String, String> redis, Set<String> instruments) {
        List<RedisFuture<?>> announcements = new ArrayList<>(instruments.size());
        instruments.forEach(instrument -> announcements.add(redis.publish(RedisKeys.ORDERS_CHANNEL, instrument)));
        Replies.await(announcements, "order announcements");
    }

    @Override
    public List<WorkingOrder> ordersIn(String instrument) {
        return connection.sync().hvals(keys.key(RedisKeys.ordersIn(instrument))).stream()
                .map(json -> RedisJson.SNAKE_CASE.read(json, WorkingOrder.class))
                .toList();
    }

    /**
     * A write and the instrument whose live view it changes, if any; a guarded write's reply says
     * whether it did, an unguarded (idempotent) write has none and counts as a change.
     */
    record Touch(String instrument, RedisFuture<Long> reply) {

        static Set<String> changedInstruments(List<Touch> touches) {
            Set<String> changed = new LinkedHashSet<>();
            for (Touch touch : touches) {
                if (touch.instrument() != null && (touch.reply() == null || Replies.applied(touch.reply()))) {
                    changed.add(touch.instrument());
                }
            }
            return changed;
        }
    }
}
