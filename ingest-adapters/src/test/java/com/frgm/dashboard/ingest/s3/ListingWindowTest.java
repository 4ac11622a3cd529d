package com.frgm.dashboard.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListingWindowTest {

    @Test
    void startsAtTheDayBeforeTheCursorsDay() {
        assertThat(ListingWindow.startAfter("market-data/", "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv"))
                .isEqualTo("market-data/2024/01/14/");
    }

    @Test
    void crossesMonthAndYearBoundaries() {
        assertThat(ListingWindow.startAfter("eod/", "eod/2024/01/01/actant_eod_20240101.csv"))
                .isEqualTo("eod/2023/12/31/");
        assertThat(ListingWindow.startAfter("sod/", "sod/2024/03/01/actant_sod_20240301.csv"))
                .isEqualTo("sod/2024/02/29/");
    }

    @Test
    void theDayFolderSortsBeforeEveryKeyOfThatDay() {
        String startAfter = ListingWindow.startAfter("market-data/", "market-data/2024/01/15/x.csv");

        assertThat("market-data/2024/01/14/A.csv").isGreaterThan(startAfter);
        assertThat("market-data/2024/01/13/Z.csv").isLessThan(startAfter);
    }

    @Test
    void listsFromTheStartWithoutAUsableCursor() {
        assertThat(ListingWindow.startAfter("market-data/", null)).isNull();
        assertThat(ListingWindow.startAfter("market-data/", "market-data/odd-key.csv"))
                .isNull();
        assertThat(ListingWindow.startAfter("market-data/", "market-data/2024/13/45/x.csv"))
                .isNull();
        assertThat(ListingWindow.startAfter("market-data/", "eod/2024/01/15/x.csv"))
                .isNull();
    }
}
