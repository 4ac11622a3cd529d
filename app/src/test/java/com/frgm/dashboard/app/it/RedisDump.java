package com.frgm.dashboard.app.it;

import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.Map;
import java.util.TreeMap;

/** Every key in Redis with its value, comparable across two servers. */
final class RedisDump {

    private RedisDump() {}

    static Map<String, Object> of(RedisClusterCommands<String, String> redis) {
        Map<String, Object> dump = new TreeMap<>();
        for (String key : redis.keys("*")) {
            String type = redis.type(key);
            if (type.equals("none")) {
                continue; // gone since KEYS (a rebuild's switch renames its keys): not there to dump
            }
            dump.put(
                    key,
                    switch (type) {
                        case "string" -> redis.get(key);
                        case "hash" -> new TreeMap<>(redis.hgetall(key));
                        case "zset" ->
                            redis.zrangeWithScores(key, 0, -1).stream()
                                    .map(v -> v.getValue() + "=" + v.getScore())
                                    .toList();
                        default -> throw new IllegalStateException("unexpected type of " + key);
                    });
        }
        return dump;
    }

    /**
     * Without the risk monitor's P&amp;L samples: samples of the live view taken on the clock, not
     * effects of events, so a rebuild does not bring them back (ADR 0015).
     */
    static Map<String, Object> withoutPnlSamples(Map<String, Object> dump) {
        Map<String, Object> kept = new TreeMap<>(dump);
        kept.keySet().removeIf(key -> key.startsWith("risk:pnl:") || key.startsWith("risk:pnl-accounts:"));
        return kept;
    }
}
