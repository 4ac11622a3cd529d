package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarketDataFileNameTest {

    @Test
    void parsesTheFeedAndTheTimeInUtc() {
        MarketDataFileName name = MarketDataFileName.parse("GE_XCME.ZN_20240115_103938.csv");

        assertThat(name).isEqualTo(new MarketDataFileName("GE", "XCME", "ZN", Instant.parse("2024-01-15T10:39:38Z")));
        assertThat(name.feedId()).isEqualTo("GE_XCME.ZN");
    }

    @Test
    void takesTheNameFromAWholeKey() {
        assertThat(MarketDataFileName.parse("market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv")
                        .product())
                .isEqualTo("ZN");
    }

    @Test
    void readsTheTimeInTheConfiguredZone() {
        MarketDataFileName name =
                MarketDataFileName.parse("GE_XCME.ZN_20240115_103938.csv", ZoneId.of("America/Chicago"));

        assertThat(name.fileTime()).isEqualTo(Instant.parse("2024-01-15T16:39:38Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "GE_XCME.ZN_20240115_103938.json",
                "GEXCME.ZN_20240115_103938.csv",
                "GE_XCME_ZN_20240115_103938.csv",
                "GE_XCME.ZN_2024011_103938.csv",
                "GE_XCME.ZN_20240115_1039.csv",
                "GE_XCME.ZN_20240115_103938.csv.tmp",
                "GE_XCME.Z N_20240115_103938.csv"
            })
    void rejectsNamesOfAnotherShape(String fileName) {
        assertThatThrownBy(() -> MarketDataFileName.parse(fileName))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file name `" + fileName + "` does not match "
                        + "{SOURCE}_{EXCHANGE}.{PRODUCT}_{YYYYMMDD}_{HHMMSS}.csv");
    }

    @Test
    void rejectsADateThatDoesNotExist() {
        assertThatThrownBy(() -> MarketDataFileName.parse("GE_XCME.ZN_20240230_103938.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("file name `GE_XCME.ZN_20240230_103938.csv` has no valid date and time");
        assertThatThrownBy(() -> MarketDataFileName.parse("GE_XCME.ZN_20240115_246000.csv"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> MarketDataFileName.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
