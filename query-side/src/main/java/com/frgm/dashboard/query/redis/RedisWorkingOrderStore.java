package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.query.orders.WorkingOrderStore;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Working orders in Redis, one pipeline per batch; announces touched instruments afterwards. */
public class RedisWorkingOrderStore implements WorkingOrderStore {

    private final StatefulRedisConnection<String, String> connection;

    public RedisWorkingOrderStore(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    @Override
    public void write(List<Write> writes) {
        RedisAsyncCommands<String, String> redis = connection.async();
        List<RedisFuture<?>> replies = new ArrayList<>(writes.size() * 2);
        Set<String> touched = new LinkedHashSet<>();
        for (Write write : writes) {
            if (write instanceof Put put) {
                WorkingOrder order = put.order();
                String json = OrderJson.write(order);
                replies.add(redis.hset(RedisKeys.ORDERS_ACTIVE, order.orderId(), json));
                replies.add(redis.hset(RedisKeys.ordersIn(order.instrument()), order.orderId(), json));
                touched.add(order.instrument());
                if (put.movedFrom() != null) {
                    replies.add(redis.hdel(RedisKeys.ordersIn(put.movedFrom()), order.orderId()));
                    touched.add(put.movedFrom());
                }
            } else if (write instanceof Remove remove) {
                WorkingOrder order = remove.lastSeen();
                replies.add(redis.hdel(RedisKeys.ORDERS_ACTIVE, order.orderId()));
                replies.add(redis.hdel(RedisKeys.ordersIn(order.instrument()), order.orderId()));
                touched.add(order.instrument());
            } else if (write instanceof SnapshotApplied applied) {
                replies.add(redis.set(RedisKeys.ORDERS_LAST_UPDATE,
                        Long.toString(applied.snapshotTime().getEpochSecond())));
            }
        }
        Replies.await(replies, "working-order writes");
        announce(redis, touched);
    }

    static void announce(RedisAsyncCommands<String, String> redis, Set<String> instruments) {
        List<RedisFuture<?>> announcements = new ArrayList<>(instruments.size());
        instruments.forEach(instrument -> announcements.add(redis.publish(RedisKeys.ORDERS_CHANNEL, instrument)));
        Replies.await(announcements, "order announcements");
    }

    @Override
    public List<WorkingOrder> ordersIn(String instrument) {
        return connection.sync().hvals(RedisKeys.ordersIn(instrument)).stream()
                .map(json -> OrderJson.read(json, WorkingOrder.class))
                .toList();
    }
}
