package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.operations.OperatorAction;
import com.frgm.dashboard.query.operations.OperationsLogStore;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScoredValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The log as one sorted set, {@code operations:log}: each action's JSON scored by its event's
 * global index, so a redelivered event adds the same member again (no change) and the order is
 * the store's. Trimmed to the newest {@link OperationsLogStore#KEPT}.
 */
public class RedisOperationsLogStore implements OperationsLogStore {

    static final String KEY = "operations:log";

    private final RedisAccess connection;

    public RedisOperationsLogStore(RedisAccess connection) {
        this.connection = connection;
    }

    @Override
    public void add(List<OperatorAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        List<RedisFuture<?>> replies = new ArrayList<>();
        for (OperatorAction action : actions) {
            replies.add(connection
                    .async()
                    .zadd(KEY, ScoredValue.just(action.sequence(), RedisJson.FIELD_NAMES.write(action))));
        }
        replies.add(connection.async().zremrangebyrank(KEY, 0, -(KEPT + 1)));
        Replies.await(replies, "operations log writes");
    }

    @Override
    public List<OperatorAction> newest(int limit) {
        return connection.sync().zrevrange(KEY, 0, limit - 1L).stream()
                .map(json -> RedisJson.FIELD_NAMES.read(json, OperatorAction.class))
                .toList();
    }
}
