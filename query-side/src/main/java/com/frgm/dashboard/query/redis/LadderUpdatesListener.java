package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
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

    private final StatefulRedisPubSubConnection<String, String> subscriptions;
    private final QueryUpdateEmitter emitter;
    private volatile boolean running;

    LadderUpdatesListener(StatefulRedisPubSubConnection<String, String> subscriptions, QueryUpdateEmitter emitter) {
        this.subscriptions = subscriptions;
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
        subscriptions.addListener(this);
        subscriptions.sync().subscribe(RedisKeys.LADDER_CHANNEL);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        subscriptions.removeListener(this);
        subscriptions.sync().unsubscribe(RedisKeys.LADDER_CHANNEL);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
