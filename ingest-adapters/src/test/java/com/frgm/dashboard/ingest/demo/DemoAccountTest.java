package com.frgm.dashboard.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.orders.WorkingOrderJsonParser;
import com.frgm.dashboard.ingest.positions.PositionCsvParser;
import com.frgm.dashboard.ingest.positions.PositionFile;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo account's files are what the real parsers accept, and its orders fill over time. */
class DemoAccountTest {

    private static final Instant NOW = Instant.parse("2024-01-16T14:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void positionFilesAreTheDemoAccountsAndTheSameEveryTime() {
        DemoAccount account = account();
        ParsedFile<StartOfDayPosition> sod =
                new PositionCsvParser<>(PositionFile.START_OF_DAY).parse(new StringReader(account.startOfDay()));
        ParsedFile<EndOfDayPosition> eod =
                new PositionCsvParser<>(PositionFile.END_OF_DAY).parse(new StringReader(account.endOfDay()));

        assertThat(sod.problems()).isEmpty();
        assertThat(eod.problems()).isEmpty();
        assertThat(sod.rows()).extracting(StartOfDayPosition::account).containsOnly("DEMO01");
        assertThat(sod.rows())
                .extracting(StartOfDayPosition::instrument)
                .containsExactly("ZNH27", "ZNH27 C111", "ZNH27 P110", "ZNH27 C112");
        assertThat(eod.rows()).allSatisfy(row -> assertThat(row.settlePrice()).isPositive());
        assertThat(account().startOfDay()).isEqualTo(account.startOfDay());
    }

    @Test
    void ordersArePricedAtTheMarketAndFillOverTime() {
        DemoMarket market = new DemoMarket("ZNH27", new BigDecimal("110.5"), new SplittableRandom(7));
        market.nextFile(NOW);
        DemoAccount account = new DemoAccount(market, new SplittableRandom(11), NOW);
        Map<String, Long> filled = new HashMap<>();
        long fills = 0;
        for (int i = 0; i < 12; i++) {
            List<WorkingOrder> orders = parse(account.snapshot(NOW.plusSeconds(30L * i)));
            assertThat(orders).hasSizeGreaterThanOrEqualTo(3).allSatisfy(order -> {
                assertThat(order.account()).isEqualTo("DEMO01");
                BigDecimal[] quote = market.lastQuote(order.instrument());
                assertThat(order.price()).isIn(quote[0], quote[1]);
            });
            for (WorkingOrder order : orders) {
                Long before = filled.put(order.orderId(), order.filledQty());
                assertThat(order.filledQty()).isGreaterThanOrEqualTo(before == null ? 0 : before);
                fills += order.filledQty() - (before == null ? 0 : before);
            }
        }
        assertThat(fills).isPositive();
    }

    @Test
    void theFeedWritesPositionsAtStartAndASnapshotBesideTheMarketData() throws Exception {
        IngestProperties properties = new IngestProperties(dataDir, "dev", null, null, null, null, null, Map.of());
        DemoFeed feed =
                new DemoFeed(properties, new DemoProperties("ZNH27", Duration.ofSeconds(1), Duration.ofSeconds(30)));

        feed.runOnce();

        try (Stream<Path> files = Files.walk(dataDir.resolve("inbox"))) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .toList();
            assertThat(names)
                    .hasSize(4)
                    .anyMatch(n -> n.startsWith("DEMO_XCME.ZN_"))
                    .anyMatch(n -> n.startsWith("actant_sod_"))
                    .anyMatch(n -> n.startsWith("actant_eod_"))
                    .anyMatch(n -> n.startsWith("orders_snapshot_"));
        }
    }

    @Test
    void theEndOfDayFileIsThePreviousBusinessDays() {
        assertThat(DemoAccount.previousBusinessDay(LocalDate.parse("2024-01-15")))
                .isEqualTo("2024-01-12");
        assertThat(DemoAccount.previousBusinessDay(LocalDate.parse("2024-01-16")))
                .isEqualTo("2024-01-15");
    }

    private static DemoAccount account() {
        return new DemoAccount(
                new DemoMarket("ZNH27", new BigDecimal("110.5"), new SplittableRandom(1)),
                new SplittableRandom(2),
                NOW);
    }

    private static List<WorkingOrder> parse(String json) {
        ParsedFile<WorkingOrder> parsed =
                new WorkingOrderJsonParser().parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.problems()).isEmpty();
        return parsed.rows();
    }
}
