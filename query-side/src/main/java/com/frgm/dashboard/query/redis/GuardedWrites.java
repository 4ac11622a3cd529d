package com.frgm.dashboard.query.redis;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes that never go backwards. Every key a projection writes has a companion
 * {@code seq:{key}} holding the global index of the last event applied to it; a Lua script
 * applies a write only when its event is newer, atomically, and publishes only what it applied.
 * A replay, a reset token or a node writing late after losing its segment therefore changes
 * nothing that a newer event already wrote, and a retried batch may simply be written again.
 *
 * <p>The companion's hash tag is the key itself, so both land in one Redis Cluster slot.
 */
final class GuardedWrites {

    private static final String GUARD = """
            local last = tonumber(redis.call('GET', KEYS[2]) or '-1')
            if tonumber(ARGV[1]) <= last then return 0 end
            redis.call('SET', KEYS[2], ARGV[1])
            """;
    /** ARGV: sequence, value, channel ('' for none); the value is published when applied. */
    private static final String SET = GUARD + """
            redis.call('SET', KEYS[1], ARGV[2])
            if ARGV[3] ~= '' then redis.call('PUBLISH', ARGV[3], ARGV[2]) end
            return 1
            """;
    /** ARGV: sequence, n, n field/value pairs, then fields to delete. */
    private static final String HASH = GUARD + """
            local n = tonumber(ARGV[2])
            if n > 0 then redis.call('HSET', KEYS[1], unpack(ARGV, 3, 2 + 2 * n)) end
            if #ARGV > 2 + 2 * n then redis.call('HDEL', KEYS[1], unpack(ARGV, 3 + 2 * n, #ARGV)) end
            return 1
            """;
    /** ARGV: sequence, then field/value pairs that become the whole hash (none: the key is deleted). */
    private static final String REPLACE = GUARD + """
            redis.call('DEL', KEYS[1])
            if #ARGV > 1 then redis.call('HSET', KEYS[1], unpack(ARGV, 2, #ARGV)) end
            return 1
            """;

    private final RedisAccess connection;
    private final Keyspace keys;
    private volatile Shas shas;

    GuardedWrites(RedisAccess connection) {
        this(connection, Keyspace.live());
    }

    /** Guarded writes of keys in {@code keys}, each with its companion there. */
    GuardedWrites(RedisAccess connection, Keyspace keys) {
        this.connection = connection;
        this.keys = keys;
        this.shas = load();
    }

    /** SET {@code key} to {@code value} (and publish it on {@code channel}, when not null) if newer. */
    RedisFuture<Long> set(String key, long sequence, String value, String channel) {
        return eval(shas.set(), key, sequence, value, channel == null ? "" : channel);
    }

    /** HSET {@code put} and HDEL {@code delete} on {@code key} if newer. */
    RedisFuture<Long> hash(String key, long sequence, Map<String, String> put, Collection<String> delete) {
        List<String> args = new ArrayList<>(2 + put.size() * 2 + delete.size());
        args.add(Long.toString(put.size()));
        put.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        args.addAll(delete);
        return eval(shas.hash(), key, sequence, args.toArray(String[]::new));
    }

    /** Makes {@code fields} the whole hash at {@code key} if newer, in one step for every reader. */
    RedisFuture<Long> replace(String key, long sequence, Map<String, String> fields) {
        List<String> args = new ArrayList<>(fields.size() * 2);
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        return eval(shas.replace(), key, sequence, args.toArray(String[]::new));
    }

    /**
     * Runs a batch of guarded writes; when Redis has lost the scripts (a restart, a failover),
     * loads them again and runs the batch once more, which the guards make harmless.
     */
    <T> T run(Supplier<T> batch) {
        try {
            return batch.get();
        } catch (Replies.NoScriptException | RedisNoScriptException e) {
            shas = load();
            return batch.get();
        }
    }

    private RedisFuture<Long> eval(String sha, String key, long sequence, String... rest) {
        String[] args = new String[rest.length + 1];
        args[0] = Long.toString(sequence);
        System.arraycopy(rest, 0, args, 1, rest.length);
        RedisClusterAsyncCommands<String, String> redis = connection.async();
        return redis.evalsha(sha, ScriptOutputType.INTEGER, new String[] {key, keys.sequenceKey(key)}, args);
    }

    private Shas load() {
        var redis = connection.sync();
        return new Shas(redis.scriptLoad(SET), redis.scriptLoad(HASH), redis.scriptLoad(REPLACE));
    }

    private record Shas(String set, String hash, String replace) {}
}
