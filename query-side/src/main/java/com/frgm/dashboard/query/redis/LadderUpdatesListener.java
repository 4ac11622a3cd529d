package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.orders.FetchInstrumentOrdersQuery;
import com.frgm.dashboard.query.orders.InstrumentOrders;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fans live ladders, orders and positions out to this process's subscription queries. The
 * projections publish on Redis channels rather than emitting in-process, so every dashboard
 * process serves live streams whichever node owns the projections' segments. A ladder message
 * carries the ladder; an orders message names the instrument, whose view is read back off the
 * Redis I/O thread.
 */
@Component
class LadderUpdatesListener extends RedisPubSubAdapter<String, String> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LadderUpdatesListener.class);

    private final RedisAccess client;
    private final QueryUpdateEmitter emitter;
    private final InstrumentOrders instrumentOrders;
    private final ExecutorService readers = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "orders-live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private volatile StatefulRedisPubSubConnection<String, String> subscriptions;

    LadderUpdatesListener(RedisAccess client, QueryUpdateEmitter emitter, InstrumentOrders instrumentOrders) {
        this.client = client;
        this.emitter = emitter;
        this.instrumentOrders = instrumentOrders;
    }

    @Override
    public void message(String channel, String message) {
        if (RedisKeys.ORDERS_CHANNEL.equals(channel)) {
            readers.execute(() -> emitOrders(message));
            return;
        }
        try {
            LadderView ladder = RedisJson.FIELD_NAMES.read(message, LadderView.class);
            emitter.emit(FetchLadderQuery.class, query -> query.instrument().equals(ladder.instrument()), ladder);
        } catch (RuntimeException e) {
            log.warn("Ignored an unreadable message on {}: {}", channel, e.getMessage());
        }
    }

    private void emitOrders(String instrument) {
        try {
            FetchInstrumentOrdersQuery query = new FetchInstrumentOrdersQuery(instrument);
            emitter.emit(
                    FetchInstrumentOrdersQuery.class,
                    q -> q.instrument().equals(instrument),
                    instrumentOrders.handle(query));
        } catch (RuntimeException e) {
            log.warn("Could not refresh live orders of {}: {}", instrument, e.toString());
        }
    }

    @Override
    public void start() {
        // Lettuce re-subscribes by itself after a reconnect; on a cluster, to the node it reconnects to.
        StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub();
        connection.addListener(this);
        connection.sync().subscribe(RedisKeys.LADDER_CHANNEL, RedisKeys.ORDERS_CHANNEL);
        subscriptions = connection;
    }

    @Override
    public void stop() {
        StatefulRedisPubSubConnection<String, String> connection = subscriptions;
        subscriptions = null;
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    public boolean isRunning() {
        return subscriptions != null;
    }
}
