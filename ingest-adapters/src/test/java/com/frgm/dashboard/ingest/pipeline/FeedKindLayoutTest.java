package com.frgm.dashboard.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.marketdata.MarketDataFeedKind;
import com.frgm.dashboard.ingest.marketdata.MarketDataFileName;
import com.frgm.dashboard.ingest.orders.SnapshotFileName;
import com.frgm.dashboard.ingest.orders.WorkingOrderFeedKind;
import com.frgm.dashboard.ingest.positions.PositionFeedKind;
import com.frgm.dashboard.ingest.positions.PositionFileName;
import com.frgm.dashboard.ingest.testsupport.FixedPlausibility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The feed kinds and the file names agree with {@link FeedLayout}: a key the file-name records make
 * for a layout is handled by that layout's kind alone, in that layout's bucket, and parses back;
 * {@link FeedKind#feedOf} names the layout's kind for a broken name.
 */
class FeedKindLayoutTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Instant TIME = Instant.parse("2024-01-16T02:30:00Z"); // the 15th in Chicago
    private static final LocalDate DAY = LocalDate.of(2024, 1, 15);

    private final IngestProperties properties = new IngestProperties(null, "uat", null, null, null, ZONE, null, null);
    private final Plausibility plausibility = FixedPlausibility.at(TIME);
    private final List<FeedKind> kinds = List.of(
            new MarketDataFeedKind(properties, plausibility),
            PositionFeedKind.startOfDay(properties, plausibility),
            PositionFeedKind.endOfDay(properties, plausibility),
            new WorkingOrderFeedKind(properties, plausibility));

    private static final Map<FeedLayout, String> KEYS = Map.of(
            FeedLayout.MARKET_DATA, new MarketDataFileName("GE", "XCME", "ZN", TIME).key(ZONE),
            FeedLayout.START_OF_DAY, PositionFileName.key(FeedLayout.START_OF_DAY, DAY),
            FeedLayout.END_OF_DAY, PositionFileName.key(FeedLayout.END_OF_DAY, DAY),
            FeedLayout.WORKING_ORDERS, new SnapshotFileName(TIME).key(ZONE));

    @ParameterizedTest
    @EnumSource(FeedLayout.class)
    void theLayoutsKindAloneHandlesItsKeysInItsBucket(FeedLayout layout) {
        String key = KEYS.get(layout);
        String bucket = properties.bucket(layout);

        assertThat(key).startsWith(layout.prefix());
        assertThat(kinds)
                .filteredOn(kind -> kind.handles(bucket, key))
                .extracting(FeedKind::name)
                .containsExactly(layout.kind());
        FeedLayout other = layout.bucket() == FeedLayout.Bucket.TT ? FeedLayout.MARKET_DATA : FeedLayout.WORKING_ORDERS;
        assertThat(kinds).noneMatch(kind -> kind.handles(properties.bucket(other), key));
        assertThat(kinds).noneMatch(kind -> kind.handles(bucket, FeedLayout.processedKey(key)));
        assertThat(kinds).noneMatch(kind -> kind.handles(bucket, FeedLayout.rejectedKey(key)));
    }

    @ParameterizedTest
    @EnumSource(FeedLayout.class)
    void aBrokenNameStillCountsForTheLayoutsKind(FeedLayout layout) {
        FeedKind kind = kindOf(layout);

        assertThat(kind.feedOf(layout.key(DAY, "garbage.csv"))).isEqualTo(layout.kind());
    }

    @Test
    void feedOfNamesTheFeedWhereTheKeyTellsIt() {
        assertThat(kindOf(FeedLayout.MARKET_DATA).feedOf(KEYS.get(FeedLayout.MARKET_DATA)))
                .isEqualTo("GE_XCME.ZN");
        for (FeedLayout layout : List.of(FeedLayout.START_OF_DAY, FeedLayout.END_OF_DAY, FeedLayout.WORKING_ORDERS)) {
            assertThat(kindOf(layout).feedOf(KEYS.get(layout))).isEqualTo(layout.kind());
        }
    }

    @Test
    void theKeysTheFileNamesMakeParseBack() {
        assertThat(KEYS.get(FeedLayout.MARKET_DATA)).isEqualTo("market-data/2024/01/15/GE_XCME.ZN_20240115_203000.csv");
        assertThat(MarketDataFileName.parseKey(KEYS.get(FeedLayout.MARKET_DATA), ZONE)
                        .fileTime())
                .isEqualTo(TIME);
        assertThat(KEYS.get(FeedLayout.END_OF_DAY)).isEqualTo("eod/2024/01/15/actant_eod_20240115.csv");
        assertThat(PositionFileName.parse(KEYS.get(FeedLayout.START_OF_DAY), FeedLayout.START_OF_DAY)
                        .businessDate())
                .isEqualTo(DAY);
        assertThat(KEYS.get(FeedLayout.WORKING_ORDERS))
                .isEqualTo("working-orders/2024/01/15/orders_snapshot_" + TIME.getEpochSecond() + ".json");
        assertThat(SnapshotFileName.parse(KEYS.get(FeedLayout.WORKING_ORDERS), ZONE)
                        .snapshotTime())
                .isEqualTo(TIME);
    }

    @ParameterizedTest
    @EnumSource(FeedLayout.class)
    void aKeyTheLayoutMakesIsAcceptedByItsKind(FeedLayout layout) throws Exception {
        String key = KEYS.get(layout);
        String content = layout == FeedLayout.WORKING_ORDERS ? "[]" : "x\n";
        PreparedFile prepared = kindOf(layout)
                .prepare(
                        new FeedFile(properties.bucket(layout), key, content.length(), InputStream::nullInputStream),
                        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                        "sha");

        // The name passes; only the content may be wrong.
        assertThat(prepared.problems())
                .noneMatch(problem -> problem.reason().contains("does not match")
                        || problem.reason().contains("lies in folder"));
    }

    private FeedKind kindOf(FeedLayout layout) {
        return kinds.stream()
                .filter(kind -> kind.name().equals(layout.kind()))
                .findFirst()
                .orElseThrow();
    }
}
