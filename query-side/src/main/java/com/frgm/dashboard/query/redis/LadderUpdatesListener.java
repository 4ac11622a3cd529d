package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fans live ladders out to this process's subscription queries. The projection publishes on a
 * Redis channel rather than emitting in-process, so every dashboard process serves live
 * streams whichever node owns the projection's segments.
 */
@Component
@ConditionalOnExpression("'${frgm.roles:ingest,dashboard}'.contains('dashboard')")
class LadderUpdatesListener extends RedisPubSubAdapter<String, String> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LadderUpdatesListener.class);

    private final RedisClient client;
    private final QueryUpdateEmitter emitter;
    private volatile StatefulRedisPubSubConnection<String, String> subscriptions;

    LadderUpdatesListener(RedisClient client, QueryUpdateEmitter emitter) {
        this.client = client;
        this.emitter = emitter;
    }

    @Override
    public void message(String channel, String message) {
        try {
            LadderView ladder = LadderJson.read(message);
            emitter.emit(FetchLadderQuery.class, query -> query.instrument().equals(ladder.instrument()), ladder);
        } catch (RuntimeException e) {
            log.warn("Ignored an unreadable message on {}: {}", channel, e.getMessage());
        }
    }

    @Override
    public void start() {
        // Lettuce re-subscribes by itself after a reconnect.
        StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub();
        connection.addListener(this);
        connection.sync().subscribe(RedisKeys.LADDER_CHANNEL);
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
