package com.frgm.dashboard.query.redis;

import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves a rebuilt version's keys onto the live names in one Lua script, so every reader sees the
 * old read model or the new one, never a mix. A key moves with its {@code seq:{key}} companion;
 * when the live companion holds a newer event than the rebuilt one the live key stays (nothing
 * goes backwards). Live keys of the read model that the new version does not have are deleted.
 * A moved ladder newer than the live one is published, so open streams get it at once.
 *
 * <p>One script touches keys of many hash slots: a single Redis (or a cluster with one shard), as
 * this deployment runs; ADR 0024.
 */
final class KeySwitch {

    private static final String SCRIPT = """
            local n = tonumber(ARGV[1])
            local moved = 0
            for i = 0, n - 1 do
              local nk, lk, ns, ls = KEYS[4 * i + 1], KEYS[4 * i + 2], KEYS[4 * i + 3], KEYS[4 * i + 4]
              local newSeq = tonumber(redis.call('GET', ns) or '-1')
              local liveSeq = tonumber(redis.call('GET', ls) or '-1')
              if newSeq >= 0 and liveSeq > newSeq then
                redis.call('DEL', nk, ns)
              else
                if redis.call('EXISTS', nk) == 1 then
                  redis.call('RENAME', nk, lk)
                  if ARGV[2] ~= '' and string.sub(lk, 1, #ARGV[2]) == ARGV[2] and newSeq > liveSeq then
                    redis.call('PUBLISH', ARGV[3], redis.call('GET', lk))
                  end
                else
                  redis.call('DEL', lk)
                end
                if redis.call('EXISTS', ns) == 1 then redis.call('RENAME', ns, ls) end
                moved = moved + 1
              end
            end
            for i = 4 * n + 1, #KEYS do redis.call('DEL', KEYS[i]) end
            return moved
            """;
    private static final String SEQ = "seq:{";

    private final StatefulRedisConnection<String, String> connection;

    KeySwitch(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    /**
     * Makes the keys under {@code prefix} the live ones of the read model whose live keys match
     * {@code livePatterns}; a moved key starting with {@code publishPrefix} is published on
     * {@code channel} (both null for none).
     */
    long move(String prefix, List<String> livePatterns, String publishPrefix, String channel) {
        RedisCommands<String, String> redis = connection.sync();
        Map<String, String[]> moves = new LinkedHashMap<>();
        for (String key : scan(redis, prefix + "*")) {
            String live = key.substring(prefix.length());
            moves.put(live, new String[] {key, GuardedWrites.sequenceKey(key)});
        }
        for (String seq : scan(redis, SEQ + prefix + "*")) {
            String key = seq.substring(SEQ.length(), seq.length() - 1);
            moves.putIfAbsent(key.substring(prefix.length()), new String[] {key, seq});
        }
        Set<String> kept = new LinkedHashSet<>();
        moves.keySet().forEach(live -> {
            kept.add(live);
            kept.add(GuardedWrites.sequenceKey(live));
        });
        List<String> keys = new ArrayList<>(moves.size() * 4);
        moves.forEach((live, rebuilt) -> {
            keys.add(rebuilt[0]);
            keys.add(live);
            keys.add(rebuilt[1]);
            keys.add(GuardedWrites.sequenceKey(live));
        });
        for (String pattern : livePatterns) {
            for (String pat : List.of(pattern, SEQ + pattern)) {
                scan(redis, pat).stream().filter(key -> !kept.contains(key)).forEach(keys::add);
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        return redis.eval(SCRIPT, ScriptOutputType.INTEGER, keys.toArray(String[]::new),
                Integer.toString(moves.size()), publishPrefix == null ? "" : publishPrefix,
                channel == null ? "" : channel);
    }

    /** Deletes every key matching {@code pattern} (and its companions, which match {@code seq:{pattern}}). */
    void deleteAll(String pattern) {
        RedisCommands<String, String> redis = connection.sync();
        for (String pat : List.of(pattern, SEQ + pattern)) {
            List<String> keys = scan(redis, pat);
            for (int i = 0; i < keys.size(); i += 500) {
                redis.del(keys.subList(i, Math.min(keys.size(), i + 500)).toArray(String[]::new));
            }
        }
    }

    private static List<String> scan(RedisCommands<String, String> redis, String pattern) {
        List<String> keys = new ArrayList<>();
        ScanIterator.scan(redis, ScanArgs.Builder.matches(pattern).limit(1000)).forEachRemaining(keys::add);
        return keys;
    }
}
