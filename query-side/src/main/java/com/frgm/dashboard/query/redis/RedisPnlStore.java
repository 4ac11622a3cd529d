package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.risk.PnlPoint;
import com.frgm.dashboard.query.risk.PnlStore;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * P&amp;L samples in Redis: a hash per start-of-day date and account, field the sample's time bucket,
 * so two nodes sampling the same bucket keep one point. Unguarded (samples of a view, not event
 * effects) and expiring, so old days go away by themselves.
 */
public class RedisPnlStore implements PnlStore {

    private static final Duration KEEP = Duration.ofDays(4);

    private final RedisAccess connection;

    public RedisPnlStore(RedisAccess connection) {
        this.connection = connection;
    }

    @Override
    public void record(LocalDate startOfDay, String account, PnlPoint point) {
        RedisClusterCommands<String, String> redis = connection.sync();
        String key = RiskKeys.pnl(startOfDay, account);
        redis.hset(key, Long.toString(point.at().getEpochSecond()), point.pnl().toPlainString());
        redis.expire(key, KEEP);
        redis.zadd(RiskKeys.pnlAccounts(startOfDay), 0, account);
        redis.expire(RiskKeys.pnlAccounts(startOfDay), KEEP);
    }

    @Override
    public Set<String> accounts(LocalDate startOfDay) {
        return new LinkedHashSet<>(connection.sync().zrange(RiskKeys.pnlAccounts(startOfDay), 0, -1));
    }

    @Override
    public List<PnlPoint> series(LocalDate startOfDay, String account) {
        List<PnlPoint> points = new ArrayList<>();
        connection
                .sync()
                .hgetall(RiskKeys.pnl(startOfDay, account))
                .forEach((at, pnl) ->
                        points.add(new PnlPoint(Instant.ofEpochSecond(Long.parseLong(at)), new BigDecimal(pnl))));
        points.sort(Comparator.comparing(PnlPoint::at));
        return points;
    }
}
