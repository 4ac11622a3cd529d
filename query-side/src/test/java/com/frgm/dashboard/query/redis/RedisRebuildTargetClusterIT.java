package com.frgm.dashboard.query.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.query.ladder.LadderStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link RedisRebuildTargetIT} on a real three-master Redis Cluster, as MemoryDB runs (ADR 0026),
 * and a switch whose keys lie on every master: each key's script runs in its own slot, the scans
 * and deletions reach every node.
 */
class RedisRebuildTargetClusterIT extends RedisRebuildTargetIT {

    private RedisTestCluster cluster;

    @Override
    RedisTestServer startRedis() {
        cluster = RedisTestServer.cluster(3);
        return cluster;
    }

    @Test
    void switchesKeysSpreadOverEveryMaster() {
        RedisLadderStore live = new RedisLadderStore(connection());
        live.write(IntStream.range(0, 30)
                .<LadderStore.Write>mapToObj(i -> write("I" + i, "100", 5))
                .toList());
        new RedisLadderStore(connection(), Keyspace.rebuild("ladder", 2))
                .write(IntStream.range(0, 20)
                        .<LadderStore.Write>mapToObj(i -> write("I" + i, "101", 7))
                        .toList());
        assertThat(cluster.keysPerNode()).allSatisfy(keys -> assertThat(keys).isPositive());

        long moved = new RedisRebuildTarget(
                        "ladder",
                        connection(),
                        live.keyspace(),
                        List.of(RedisKeys.MARKET_PREFIX + "*", RedisKeys.LADDER_PREFIX + "*"),
                        keys -> null,
                        RedisKeys.LADDER_PREFIX,
                        RedisKeys.LADDER_CHANNEL)
                .switchTo(2, () -> {});

        assertThat(moved).isEqualTo(40); // twenty instruments' ladder and market keys
        assertThat(connection().sync().keys("ladder:*")).hasSize(20);
        assertThat(connection().sync().keys("rebuild:*")).isEmpty();
        assertThat(connection().sync().hget("actant:market:I19", "price")).isEqualTo("101");
        assertThat(connection().sync().get("seq:{actant:market:I19}")).isEqualTo("7");
    }

    private static LadderStore.QuoteWrite write(String instrument, String price, long sequence) {
        MarketQuote quote = new MarketQuote(
                instrument,
                Instant.parse("2024-01-15T10:39:38Z"),
                new BigDecimal(price),
                1L,
                new BigDecimal(price).add(BigDecimal.ONE),
                1L,
                new BigDecimal(price),
                10L,
                List.of(),
                List.of(),
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return new LadderStore.QuoteWrite(quote, sequence);
    }
}
