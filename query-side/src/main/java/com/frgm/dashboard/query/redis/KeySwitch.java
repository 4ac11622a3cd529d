package com.frgm.dashboard.query.redis;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves a rebuilt version's keys onto the live names under the guarded-write rule, one script per
 * key, all pipelined: a key moves with its {@code seq:{key}} companion, unless the live companion
 * holds a newer event than the rebuilt one, so no key ever goes back to an older event. A rebuilt
 * key and its companion carry the live name as their hash tag, so each script touches one Redis
 * Cluster slot (MemoryDB runs in cluster mode). Live keys of the read model that the new version
 * does not have are deleted. A moved ladder newer than the live one is published, so open streams
 * get it at once. Each key switches atomically; the read model as a whole switches within one
 * pipeline, while its live writes are held back (ADR 0024).
 */
final class KeySwitch {

    /** KEYS: rebuilt, live, rebuilt companion, live companion. ARGV: publish prefix ('' none), channel. */
    private static final String MOVE = """
            local newSeq = tonumber(redis.call('GET', KEYS[3]) or '-1')
            local liveSeq = tonumber(redis.call('GET', KEYS[4]) or '-1')
            if newSeq >= 0 and liveSeq > newSeq then
              redis.call('DEL', KEYS[1], KEYS[3])
              return 0
            end
            if redis.call('EXISTS', KEYS[1]) == 1 then
              redis.call('RENAME', KEYS[1], KEYS[2])
              if ARGV[1] ~= '' and string.sub(KEYS[2], 1, #ARGV[1]) == ARGV[1] and newSeq > liveSeq then
                redis.call('PUBLISH', ARGV[2], redis.call('GET', KEYS[2]))
              end
            else
              redis.call('DEL', KEYS[2])
            end
            if redis.call('EXISTS', KEYS[3]) == 1 then redis.call('RENAME', KEYS[3], KEYS[4]) end
            return 1
            """;

    private static final String SEQ = "seq:{";

    private final RedisAccess connection;

    KeySwitch(RedisAccess connection) {
        this.connection = connection;
    }

    /**
     * Makes the keys of {@code rebuilt} the live ones of the read model whose live keys match
     * {@code livePatterns}; a moved key starting with {@code publishPrefix} is published on
     * {@code channel} (both null for none). Returns how many keys moved.
     */
    long move(Keyspace rebuilt, String prefix, List<String> livePatterns, String publishPrefix, String channel) {
        RedisClusterCommands<String, String> redis = connection.sync();
        Map<String, String[]> moves = new LinkedHashMap<>();
        for (String key : scan(redis, prefix + "*")) {
            String rest = key.substring(prefix.length());
            String live = rest.startsWith(SEQ)
                    ? rest.substring(SEQ.length(), rest.length() - 1)
                    : rest.substring(1, rest.length() - 1);
            String data = rebuilt.key(live);
            moves.putIfAbsent(live, new String[] {data, rebuilt.sequenceKey(data)});
        }
        Keyspace liveKeys = Keyspace.live();
        Set<String> kept = new HashSet<>();
        RedisClusterAsyncCommands<String, String> async = connection.async();
        List<RedisFuture<Long>> replies = new ArrayList<>(moves.size());
        moves.forEach((live, rebuiltKeys) -> {
            kept.add(live);
            kept.add(liveKeys.sequenceKey(live));
            replies.add(async.eval(
                    MOVE,
                    ScriptOutputType.INTEGER,
                    new String[] {rebuiltKeys[0], live, rebuiltKeys[1], liveKeys.sequenceKey(live)},
                    publishPrefix == null ? "" : publishPrefix,
                    channel == null ? "" : channel));
        });
        List<String> gone = new ArrayList<>();
        for (String pattern : livePatterns) {
            for (String each : List.of(pattern, SEQ + pattern)) {
                scan(redis, each).stream().filter(key -> !kept.contains(key)).forEach(gone::add);
            }
        }
        Replies.await(replies, "key moves of a rebuild");
        delete(gone);
        return replies.stream().filter(Replies::applied).count();
    }

    /** Deletes every key matching {@code pattern}, one command per key (they lie in many cluster slots). */
    void deleteAll(String pattern) {
        delete(scan(connection.sync(), pattern));
    }

    private void delete(List<String> keys) {
        RedisClusterAsyncCommands<String, String> async = connection.async();
        List<RedisFuture<Long>> replies = new ArrayList<>(keys.size());
        keys.forEach(key -> replies.add(async.unlink(key)));
        Replies.await(replies, "key deletions of a rebuild");
    }

    private static List<String> scan(RedisClusterCommands<String, String> redis, String pattern) {
        List<String> keys = new ArrayList<>();
        ScanIterator.scan(redis, ScanArgs.Builder.matches(pattern).limit(1000)).forEachRemaining(keys::add);
        return keys;
    }
}
