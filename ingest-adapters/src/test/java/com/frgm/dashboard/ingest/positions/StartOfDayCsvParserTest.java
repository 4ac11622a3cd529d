package com.frgm.dashboard.ingest.positions;

import static com.frgm.dashboard.ingest.positions.PositionsFixture.SOD_HEADER;
import static com.frgm.dashboard.ingest.positions.PositionsFixture.onlySod;
import static com.frgm.dashboard.ingest.positions.PositionsFixture.sod;
import static com.frgm.dashboard.ingest.positions.PositionsFixture.sodProblems;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.file.FileProblem;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartOfDayCsvParserTest {

    @Test
    void readsEveryColumnOfARow() {
        assertThat(onlySod(SOD_HEADER + "FRGM01,ZNH24 C112,-44,112.5\n"))
                .isEqualTo(new StartOfDayPosition("FRGM01", "ZNH24 C112", -44, new BigDecimal("112.5"), Map.of()));
    }

    @Test
    void leavesTheAveragePriceOutWhenAbsent() {
        assertThat(onlySod("instrument,account,position\nZNH24,FRGM01,5\n").avgPrice())
                .isNull();
        assertThat(onlySod(SOD_HEADER + "FRGM01,ZNH24,5,\n").avgPrice()).isNull();
    }

    @Test
    void keepsEndOfDayColumnsAsExtrasSinceAStartOfDayFileDoesNotInterpretThem() {
        assertThat(onlySod("Account,Instrument,Position,settle_price\r\nFRGM01,ZNH24,5,112.5\r\n")
                        .extras())
                .isEqualTo(Map.of("settle_price", "112.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "instrument", "position"})
    void rejectsAHeaderWithoutARequiredColumn(String missing) {
        String header = SOD_HEADER.replace(missing + ",", "");

        assertThat(sodProblems(header))
                .containsExactly(
                        new FileProblem(1, missing, null, "header: required column `" + missing + "` is missing"));
    }

    @Test
    void rejectsAHeaderWithARepeatedOrUnnamedColumn() {
        assertThat(sodProblems("account,instrument,position,Position,\n"))
                .extracting(FileProblem::reason)
                .containsExactly(
                        "header: column `position` appears more than once (columns 3 and 4)",
                        "header: column 5 has no name");
    }

    @Test
    void rejectsASecondRowForTheSameAccountAndInstrument() {
        assertThat(sodProblems(SOD_HEADER + "FRGM01,ZNH24,1,\nFRGM01,ZNH24,1,\n"))
                .containsExactly(
                        new FileProblem(
                                3,
                                null,
                                null,
                                "account FRGM01, instrument ZNH24 already appeared on line 2 (one row per account and instrument)"));
    }

    @Test
    void allowsTheSameInstrumentInTwoAccounts() {
        assertThat(sod(SOD_HEADER + "FRGM01,ZNH24,1,\nFRGM02,ZNH24,-1,\n").rows())
                .hasSize(2);
    }

    @Test
    void rejectsABadAveragePriceAndAMissingPosition() {
        assertThat(sodProblems(SOD_HEADER + "FRGM01,ZNH24,,1e400\n"))
                .containsExactly(
                        new FileProblem(2, "position", null, "position is required"),
                        new FileProblem(2, "avg_price", "1e400", "`1e400` is out of range (exponent beyond ±99)"));
    }
}
