package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.risk.RiskLimitBreach;
import com.frgm.dashboard.query.risk.RiskLimitStore;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisFuture;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Each limit's state in a guarded string of its own, so events of several accounts never overwrite each other. */
public class RedisRiskLimitStore implements RiskLimitStore {

    static final String CLEARED = "cleared";

    private final RedisAccess connection;
    private final GuardedWrites guarded;

    public RedisRiskLimitStore(RedisAccess connection) {
        this.connection = connection;
        this.guarded = new GuardedWrites(connection);
    }

    @Override
    public void write(List<LimitState> states) {
        if (states.isEmpty()) {
            return;
        }
        guarded.run(() -> {
            List<RedisFuture<?>> replies = new ArrayList<>();
            for (LimitState state : states) {
                String value = state.breach() == null ? CLEARED : RedisJson.FIELD_NAMES.write(state.breach());
                replies.add(guarded.set(RiskKeys.limit(state.limit(), state.account()), state.sequence(), value, null));
                replies.add(connection.async().zadd(RiskKeys.LIMIT_INDEX, 0, state.limit() + "|" + state.account()));
            }
            Replies.await(replies, "risk limit writes");
            return null;
        });
    }

    @Override
    public List<RiskLimitBreach> openBreaches() {
        List<String> limits = connection.sync().zrange(RiskKeys.LIMIT_INDEX, 0, -1);
        List<RiskLimitBreach> open = new ArrayList<>();
        if (limits.isEmpty()) {
            return open;
        }
        String[] keys = limits.stream()
                .map(member -> RiskKeys.LIMIT_PREFIX + member.replaceFirst("\\|", ":"))
                .toArray(String[]::new);
        for (KeyValue<String, String> value : connection.sync().mget(keys)) {
            if (value.hasValue() && !CLEARED.equals(value.getValue())) {
                open.add(RedisJson.FIELD_NAMES.read(value.getValue(), RiskLimitBreach.class));
            }
        }
        open.sort(Comparator.comparing(RiskLimitBreach::account).thenComparing(RiskLimitBreach::limit));
        return open;
    }
}
