package com.frgm.dashboard.ingest.positions;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared EOD and SOD sample files (copied from shared/samples) are accepted whole. */
class PositionSamplesTest {

    @Test
    void acceptsTheEndOfDaySample() throws IOException {
        ParsedFile<EndOfDayPosition> parsed;
        try (InputStream in = sample("actant_eod_20240115.csv")) {
            parsed = new PositionCsvParser<>(PositionFile.END_OF_DAY).parse(in);
        }

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(EndOfDayPosition::account, EndOfDayPosition::instrument, EndOfDayPosition::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FRGM01", "ZNH24", -33L),
                        org.assertj.core.groups.Tuple.tuple("FRGM01", "ZNH24 C111", -32L),
                        org.assertj.core.groups.Tuple.tuple("FRGM01", "ZNH24 C112", 23L),
                        org.assertj.core.groups.Tuple.tuple("FRGM02", "ZNH24", 37L),
                        org.assertj.core.groups.Tuple.tuple("FRGM02", "ZNH24 C111", 24L),
                        org.assertj.core.groups.Tuple.tuple("FRGM02", "ZNH24 C112", -26L));
        assertThat(parsed.rows().get(0))
                .isEqualTo(new EndOfDayPosition(
                        "FRGM01",
                        "ZNH24",
                        -33,
                        new BigDecimal("112.515625"),
                        new BigDecimal("0.5"),
                        new BigDecimal("0.1"),
                        new BigDecimal("0.05"),
                        new BigDecimal("-0.01"),
                        new BigDecimal("-21039.07"),
                        Map.of()));
    }

    @Test
    void acceptsTheStartOfDaySample() throws IOException {
        ParsedFile<StartOfDayPosition> parsed;
        try (InputStream in = sample("actant_sod_20240115.csv")) {
            parsed = new PositionCsvParser<>(PositionFile.START_OF_DAY).parse(in);
        }

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .hasSize(6)
                .extracting(StartOfDayPosition::position)
                .containsExactly(24L, 0L, -44L, -22L, -45L, 21L);
        assertThat(parsed.rows()).allSatisfy(p -> assertThat(p.avgPrice()).isEqualTo(new BigDecimal("112.5")));
    }

    private static InputStream sample(String name) {
        InputStream in = PositionSamplesTest.class.getResourceAsStream("/samples/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
