package com.frgm.dashboard.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The docs/feeds.md 1 layout, spelled out once here against the one place the code keeps it. */
class FeedLayoutTest {

    @ParameterizedTest
    @CsvSource({
        "MARKET_DATA,    market-data, frgm-actant-dev, market-data/",
        "START_OF_DAY,   sod,         frgm-actant-dev, sod/",
        "END_OF_DAY,     eod,         frgm-actant-dev, eod/",
        "WORKING_ORDERS, tt-orders,   frgm-tt-dev,     working-orders/"
    })
    void eachKindHasItsBucketAndPrefix(FeedLayout layout, String kind, String bucket, String prefix) {
        assertThat(layout.kind()).isEqualTo(kind);
        assertThat(layout.bucket("dev")).isEqualTo(bucket);
        assertThat(layout.bucket("prod")).isEqualTo(bucket.replace("-dev", "-prod"));
        assertThat(layout.prefix()).isEqualTo(prefix);
        assertThat(layout.folder() + "/").isEqualTo(prefix);
    }

    @Test
    void theBucketsAreOnePerVendor() {
        assertThat(FeedLayout.Bucket.ACTANT.named("uat")).isEqualTo("frgm-actant-uat");
        assertThat(FeedLayout.Bucket.TT.named("uat")).isEqualTo("frgm-tt-uat");
        assertThat(Arrays.stream(FeedLayout.values()).filter(l -> l.bucket() == FeedLayout.Bucket.TT))
                .containsExactly(FeedLayout.WORKING_ORDERS);
    }

    @Test
    void aKeyIsThePrefixTheDatedFoldersAndTheName() {
        assertThat(FeedLayout.END_OF_DAY.key(LocalDate.of(2024, 1, 5), "actant_eod_20240105.csv"))
                .isEqualTo("eod/2024/01/05/actant_eod_20240105.csv");
        assertThat(FeedLayout.MARKET_DATA.keyFormat("{name}")).isEqualTo("market-data/YYYY/MM/DD/{name}");
        assertThat(FeedLayout.folders(LocalDate.of(987, 12, 31))).isEqualTo("0987/12/31");
    }

    @Test
    void holdsOnlyKeysInItsOwnFolder() {
        assertThat(FeedLayout.START_OF_DAY.holds("sod/2024/01/15/actant_sod_20240115.csv"))
                .isTrue();
        assertThat(FeedLayout.START_OF_DAY.holds("eod/2024/01/15/actant_eod_20240115.csv"))
                .isFalse();
        assertThat(FeedLayout.START_OF_DAY.holds("processed/sod/2024/01/15/actant_sod_20240115.csv"))
                .isFalse();
        assertThat(FeedLayout.START_OF_DAY.holds("sodium/x.csv")).isFalse();
        assertThat(FeedLayout.START_OF_DAY.holds(null)).isFalse();
    }

    @Test
    void ingestedAndRejectedFilesMoveInsideTheirBucket() {
        String key = "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv";

        assertThat(FeedLayout.processedKey(key)).isEqualTo("processed/" + key);
        assertThat(FeedLayout.rejectedKey(key)).isEqualTo("rejected/" + key);
        assertThat(FeedLayout.reportKey(key)).isEqualTo("rejected/" + key + ".error.json");
        assertThat(FeedLayout.unprocessedKey(FeedLayout.processedKey(key))).isEqualTo(key);
        assertThat(FeedLayout.unprocessedKey(key)).isNull();
        assertThat(FeedLayout.unprocessedKey(FeedLayout.rejectedKey(key))).isNull();
    }

    @Test
    void movedKeysAreNeverAnyKindsAgain() {
        String key = "working-orders/2024/01/15/orders_snapshot_1705315178.json";

        assertThat(FeedLayout.isMoved(key)).isFalse();
        assertThat(FeedLayout.isMoved(FeedLayout.processedKey(key))).isTrue();
        assertThat(FeedLayout.isMoved(FeedLayout.reportKey(key))).isTrue();
        assertThat(FeedLayout.isProcessed(FeedLayout.rejectedKey(key))).isFalse();
        for (FeedLayout layout : FeedLayout.values()) {
            assertThat(layout.holds(FeedLayout.processedKey(key))).isFalse();
            assertThat(layout.holds(FeedLayout.rejectedKey(key))).isFalse();
        }
        assertThat(FeedLayout.isOutboxFolder("processed")).isTrue();
        assertThat(FeedLayout.isOutboxFolder("rejected")).isTrue();
        assertThat(FeedLayout.isOutboxFolder("market-data")).isFalse();
    }

    @Test
    void noTwoKindsShareAFolderOrAName() {
        assertThat(Arrays.stream(FeedLayout.values()).map(FeedLayout::folder))
                .doesNotHaveDuplicates()
                .noneMatch(FeedLayout::isOutboxFolder);
        assertThat(Arrays.stream(FeedLayout.values()).map(FeedLayout::kind)).doesNotHaveDuplicates();
    }
}
