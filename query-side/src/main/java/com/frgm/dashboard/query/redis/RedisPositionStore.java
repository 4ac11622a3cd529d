package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.query.positions.PositionStore;
import io.lettuce.core.Range;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Positions in Redis. A date's start-of-day or end-of-day set replaces the hash in one guarded
 * script ({@link GuardedWrites}), so readers see the old set or the new one, never a mix, and an
 * older set never replaces a newer one. Fills are keyed by their event's id, so writing one
 * again, in any order, counts it once.
 */
public class RedisPositionStore implements PositionStore {

    private static final String SEPARATOR = "|";

    private final RedisAccess connection;
    private final GuardedWrites guarded;
    private final Keyspace keys;

    public RedisPositionStore(RedisAccess connection) {
        this(connection, Keyspace.live());
    }

    public RedisPositionStore(RedisAccess connection, Keyspace keys) {
        this.connection = connection;
        this.guarded = new GuardedWrites(connection, keys);
        this.keys = keys;
    }

    /** Where it writes; the live store's gate is what a rebuild's switch closes. */
    Keyspace keyspace() {
        return keys;
    }

    @Override
    public void write(List<Write> writes) {
        Set<String> changed = keys.write(() -> guarded.run(() -> {
            RedisClusterAsyncCommands<String, String> redis = connection.async();
            List<RedisFuture<?>> replies = new ArrayList<>();
            List<RedisWorkingOrderStore.Touch> touches = new ArrayList<>();
            for (Write write : writes) {
                if (write instanceof StartOfDaySet sod) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    sod.positions()
                            .forEach(row ->
                                    fields.put(pair(row.account(), row.instrument()), Long.toString(row.position())));
                    RedisFuture<Long> reply =
                            guarded.replace(keys.key(RedisKeys.SOD_PREFIX + sod.date()), sod.sequence(), fields);
                    replies.add(reply);
                    replies.add(redis.zadd(
                            keys.key(RedisKeys.SOD_DATES),
                            sod.date().toEpochDay(),
                            sod.date().toString()));
                    for (StartOfDayPosition row : sod.positions()) {
                        touches.add(new RedisWorkingOrderStore.Touch(row.instrument(), reply));
                    }
                } else if (write instanceof EndOfDaySet eod) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (EndOfDayPosition row : eod.positions()) {
                        fields.put(pair(row.account(), row.instrument()), RedisJson.SNAKE_CASE.write(row));
                    }
                    replies.add(guarded.replace(keys.key(RedisKeys.EOD_PREFIX + eod.date()), eod.sequence(), fields));
                } else if (write instanceof Fill fill) {
                    String field = pair(fill.pair().account(), fill.pair().instrument()) + SEPARATOR + fill.eventId();
                    replies.add(redis.hset(
                            keys.key(RedisKeys.FILLS_PREFIX + fill.date()), field, Long.toString(fill.signedQty())));
                    replies.add(redis.zadd(
                            keys.key(RedisKeys.FILL_DATES),
                            fill.date().toEpochDay(),
                            fill.date().toString()));
                    touches.add(new RedisWorkingOrderStore.Touch(fill.pair().instrument(), null));
                } else if (write instanceof Unconfirmed gone) {
                    String field = pair(gone.pair().account(), gone.pair().instrument()) + SEPARATOR + gone.orderId();
                    RedisFuture<Long> reply = guarded.hash(
                            keys.key(RedisKeys.UNCONFIRMED_PREFIX + gone.date()),
                            gone.sequence(),
                            Map.of(field, Long.toString(gone.openQty())),
                            List.of());
                    replies.add(reply);
                    replies.add(redis.zadd(
                            keys.key(RedisKeys.UNCONFIRMED_DATES),
                            gone.date().toEpochDay(),
                            gone.date().toString()));
                    touches.add(new RedisWorkingOrderStore.Touch(gone.pair().instrument(), reply));
                } else if (write instanceof Confirmed back) {
                    String field = pair(back.pair().account(), back.pair().instrument()) + SEPARATOR + back.orderId();
                    replies.add(guarded.hash(
                            keys.key(RedisKeys.UNCONFIRMED_PREFIX + back.date()),
                            back.sequence(),
                            Map.of(),
                            List.of(field)));
                }
            }
            Replies.await(replies, "position writes");
            return RedisWorkingOrderStore.Touch.changedInstruments(touches);
        }));
        if (keys.publishes()) {
            RedisWorkingOrderStore.announce(connection.async(), changed);
        }
    }

    @Override
    public Optional<LocalDate> latestStartOfDayDate() {
        List<String> latest = connection.sync().zrevrange(keys.key(RedisKeys.SOD_DATES), 0, 0);
        return latest.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(latest.get(0)));
    }

    @Override
    public Map<AccountInstrument, Long> startOfDay(LocalDate date) {
        Map<AccountInstrument, Long> positions = new HashMap<>();
        connection
                .sync()
                .hgetall(keys.key(RedisKeys.SOD_PREFIX + date))
                .forEach((field, value) -> positions.put(parse(field), Long.parseLong(value)));
        return positions;
    }

    @Override
    public Map<AccountInstrument, Long> fillsSince(LocalDate from) {
        RedisClusterCommands<String, String> redis = connection.sync();
        double lowest = from.equals(LocalDate.MIN) ? Double.NEGATIVE_INFINITY : from.toEpochDay();
        Map<AccountInstrument, Long> fills = new HashMap<>();
        for (String date :
                redis.zrangebyscore(keys.key(RedisKeys.FILL_DATES), Range.create(lowest, Double.POSITIVE_INFINITY))) {
            redis.hgetall(keys.key(RedisKeys.FILLS_PREFIX + date))
                    .forEach((field, value) -> fills.merge(parse(field), Long.parseLong(value), Long::sum));
        }
        return fills;
    }

    @Override
    public Set<AccountInstrument> unconfirmedSince(LocalDate from) {
        RedisClusterCommands<String, String> redis = connection.sync();
        double lowest = from.equals(LocalDate.MIN) ? Double.NEGATIVE_INFINITY : from.toEpochDay();
        Set<AccountInstrument> pairs = new HashSet<>();
        for (String date : redis.zrangebyscore(
                keys.key(RedisKeys.UNCONFIRMED_DATES), Range.create(lowest, Double.POSITIVE_INFINITY))) {
            redis.hkeys(keys.key(RedisKeys.UNCONFIRMED_PREFIX + date)).forEach(field -> pairs.add(parse(field)));
        }
        return pairs;
    }

    private static String pair(String account, String instrument) {
        return account + SEPARATOR + instrument;
    }

    /** Account and instrument ids cannot hold '|' (docs/feeds.md character rule), so the split is exact. */
    private static AccountInstrument parse(String field) {
        String[] parts = field.split("\\|", 3);
        return new AccountInstrument(parts[0], parts[1]);
    }
}
