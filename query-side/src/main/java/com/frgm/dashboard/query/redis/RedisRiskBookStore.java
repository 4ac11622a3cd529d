package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.query.risk.RiskBookStore;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk book in Redis. A date's start-of-day set and an end-of-day file's settlements replace
 * their key whole through a guarded script, so an older set never replaces a newer one; fills are
 * keyed by event id, so writing one again, in any order, stores it once (ADR 0014's rules).
 */
public class RedisRiskBookStore implements RiskBookStore {

    private final RedisAccess connection;
    private final GuardedWrites guarded;

    public RedisRiskBookStore(RedisAccess connection) {
        this.connection = connection;
        this.guarded = new GuardedWrites(connection);
    }

    @Override
    public void write(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        guarded.run(() -> {
            RedisClusterAsyncCommands<String, String> redis = connection.async();
            List<RedisFuture<?>> replies = new ArrayList<>();
            long newest = 0;
            for (Write write : writes) {
                if (write instanceof StartOfDaySet sod) {
                    LocalDate date = sod.set().date();
                    replies.add(guarded.set(
                            RiskKeys.startOfDay(date), sod.sequence(), RedisJson.FIELD_NAMES.write(sod.set()), null));
                    replies.add(redis.zadd(RiskKeys.SOD_DATES, date.toEpochDay(), date.toString()));
                    newest = Math.max(newest, sod.sequence());
                } else if (write instanceof SettlementsSet eod) {
                    LocalDate date = eod.settlements().date();
                    Map<String, String> fields = new LinkedHashMap<>();
                    eod.settlements()
                            .prices()
                            .forEach((instrument, price) -> fields.put(instrument, price.toPlainString()));
                    replies.add(guarded.replace(RiskKeys.settlements(date), eod.sequence(), fields));
                    replies.add(redis.zadd(RiskKeys.SETTLEMENT_DATES, date.toEpochDay(), date.toString()));
                    newest = Math.max(newest, eod.sequence());
                } else if (write instanceof FillRecorded fill) {
                    replies.add(redis.hset(
                            RiskKeys.fills(fill.date()), fill.eventId(), RedisJson.FIELD_NAMES.write(fill.fill())));
                    replies.add(redis.zadd(
                            RiskKeys.FILL_DATES,
                            fill.date().toEpochDay(),
                            fill.date().toString()));
                    newest = Math.max(newest, fill.sequence());
                }
            }
            replies.add(guarded.set(RiskKeys.RISK_SEQUENCE, newest, Long.toString(newest), null));
            Replies.await(replies, "risk book writes");
            return null;
        });
    }

    @Override
    public Optional<StartOfDay> latestStartOfDay() {
        List<String> latest = connection.sync().zrevrange(RiskKeys.SOD_DATES, 0, 0);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        String json = connection.sync().get(RiskKeys.startOfDay(LocalDate.parse(latest.get(0))));
        return Optional.ofNullable(json).map(value -> RedisJson.FIELD_NAMES.read(value, StartOfDay.class));
    }

    @Override
    public Optional<Settlements> settlementsBefore(LocalDate date) {
        RedisClusterCommands<String, String> redis = connection.sync();
        List<String> dates = redis.zrevrangebyscore(
                RiskKeys.SETTLEMENT_DATES,
                Range.create(Double.NEGATIVE_INFINITY, (double) date.toEpochDay() - 1),
                Limit.create(0, 1));
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        LocalDate settled = LocalDate.parse(dates.get(0));
        Map<String, BigDecimal> prices = new HashMap<>();
        redis.hgetall(RiskKeys.settlements(settled))
                .forEach((instrument, price) -> prices.put(instrument, new BigDecimal(price)));
        return Optional.of(new Settlements(settled, prices));
    }

    @Override
    public List<Fill> fillsSince(LocalDate from) {
        RedisClusterCommands<String, String> redis = connection.sync();
        double lowest = from.equals(LocalDate.MIN) ? Double.NEGATIVE_INFINITY : from.toEpochDay();
        List<Fill> fills = new ArrayList<>();
        for (String date : redis.zrangebyscore(RiskKeys.FILL_DATES, Range.create(lowest, Double.POSITIVE_INFINITY))) {
            redis.hvals(RiskKeys.fills(LocalDate.parse(date)))
                    .forEach(json -> fills.add(RedisJson.FIELD_NAMES.read(json, Fill.class)));
        }
        fills.sort(Comparator.comparing(Fill::at));
        return fills;
    }

    @Override
    public long sequence() {
        String value = connection.sync().get(RiskKeys.RISK_SEQUENCE);
        return value == null ? 0 : Long.parseLong(value);
    }
}
