package com.frgm.dashboard.ingest.positions;

import static com.frgm.dashboard.ingest.positions.PositionsFixture.EOD_HEADER;
import static com.frgm.dashboard.ingest.positions.PositionsFixture.eod;
import static com.frgm.dashboard.ingest.positions.PositionsFixture.eodProblems;
import static com.frgm.dashboard.ingest.positions.PositionsFixture.onlyEod;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndOfDayCsvParserTest {

    @Test
    void readsEveryColumnOfARow() {
        EndOfDayPosition row = onlyEod(EOD_HEADER + "FRGM01,ZNH24 C111,-32,112.515625,0.5,0.1,0.05,-0.01,4068.59\n");

        assertThat(row)
                .isEqualTo(new EndOfDayPosition(
                        "FRGM01",
                        "ZNH24 C111",
                        -32,
                        new BigDecimal("112.515625"),
                        new BigDecimal("0.5"),
                        new BigDecimal("0.1"),
                        new BigDecimal("0.05"),
                        new BigDecimal("-0.01"),
                        new BigDecimal("4068.59"),
                        Map.of()));
    }

    @Test
    void readsOnlyTheRequiredColumnsWhenTheOptionalOnesAreLeftOut() {
        EndOfDayPosition row = onlyEod("account,instrument,position,settle_price\nFRGM01,ZNH24,0,112.5\n");

        assertThat(row.position()).isZero();
        assertThat(row.delta()).isNull();
        assertThat(row.pnl()).isNull();
    }

    @Test
    void takesColumnNamesInAnyOrderCaseAndPadding() {
        EndOfDayPosition row =
                onlyEod(" PnL ,Settle_Price,INSTRUMENT, position ,Account\r\n7.5,99.25,ZNH24,12,FRGM02\r\n");

        assertThat(row.account()).isEqualTo("FRGM02");
        assertThat(row.settlePrice()).isEqualTo(new BigDecimal("99.25"));
        assertThat(row.pnl()).isEqualTo(new BigDecimal("7.5"));
    }

    @Test
    void toleratesAByteOrderMarkAndCrlfLineEndings() {
        byte[] bytes = ("\uFEFF" + EOD_HEADER.replace("\n", "\r\n") + "FRGM01,ZNH24,1,2,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        ParsedFile<EndOfDayPosition> parsed =
                new PositionCsvParser<>(PositionFile.END_OF_DAY).parse(new ByteArrayInputStream(bytes));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(EndOfDayPosition::account).containsExactly("FRGM01");
    }

    @Test
    void readsAnEmptyOrBlankCellAsAbsent() {
        EndOfDayPosition row = onlyEod(EOD_HEADER + "FRGM01,ZNH24,3,112.5,, ,\"\",,\n");

        assertThat(row.delta()).isNull();
        assertThat(row.gamma()).isNull();
        assertThat(row.vega()).isNull();
    }

    @Test
    void keepsUnknownColumnsAsExtras() {
        EndOfDayPosition row =
                onlyEod("account,instrument,position,settle_price,Desk,note\nFRGM01,ZNH24,3,1,rates,\"a, b\"\n");

        assertThat(row.extras()).isEqualTo(Map.of("desk", "rates", "note", "a, b"));
    }

    @Test
    void acceptsAHeaderWithoutRows() {
        assertThat(eod(EOD_HEADER).accepted()).isTrue();
        assertThat(eod(EOD_HEADER).rows()).isEmpty();
    }

    @Test
    void requiresAHeaderRow() {
        assertThat(eodProblems(""))
                .containsExactly(new FileProblem(1, null, null, "file is empty: a header row is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "instrument", "position", "settle_price"})
    void rejectsAHeaderWithoutARequiredColumn(String missing) {
        String header = String.join(
                ",",
                PositionsFixture.EOD_HEADER.trim().replace(missing + ",", "").split(","));

        assertThat(eodProblems(header + "\n"))
                .containsExactly(
                        new FileProblem(1, missing, null, "header: required column `" + missing + "` is missing"));
    }

    @Test
    void rejectsAnEmptyRequiredCell() {
        assertThat(eodProblems(EOD_HEADER + "FRGM01,ZNH24,3,,,,,,\n"))
                .containsExactly(new FileProblem(2, "settle_price", null, "settle_price is required"));
    }

    @Test
    void requiresThePositionToBeASignedInteger() {
        assertThat(eodProblems(EOD_HEADER + "FRGM01,ZNH24,1.5,1,,,,,\nFRGM01,ZNH25,+2,1,,,,,\n"))
                .containsExactly(
                        new FileProblem(2, "position", "1.5", "`1.5` is not an integer"),
                        new FileProblem(3, "position", "+2", "`+2` is not an integer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "NaN", "Infinity", "1 000", "0x10", "12%"})
    void acceptsOnlyFiniteNumbersWithAPoint(String number) {
        assertThat(eodProblems(EOD_HEADER + "FRGM01,ZNH24,1,\"" + number + "\",,,,,\n"))
                .extracting(FileProblem::column, FileProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("settle_price", number));
    }

    @Test
    void checksAccountAndInstrumentIds() {
        assertThat(eodProblems(EOD_HEADER + "FRGM#1,ZNH24,1,1,,,,,\nFRGM01," + "Z".repeat(65) + ",1,1,,,,,\n"))
                .extracting(FileProblem::line, FileProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "account"),
                        org.assertj.core.groups.Tuple.tuple(3, "instrument"));
    }

    @Test
    void rejectsASecondRowForTheSameAccountAndInstrumentNamingBothLines() {
        assertThat(eodProblems(EOD_HEADER + "FRGM01,ZNH24,1,1,,,,,\nFRGM02,ZNH24,1,1,,,,,\nFRGM01,ZNH24,2,1,,,,,\n"))
                .containsExactly(
                        new FileProblem(
                                4,
                                null,
                                null,
                                "account FRGM01, instrument ZNH24 already appeared on line 2 (one row per account and instrument)"));
    }

    @Test
    void reportsEveryProblemOfTheFileAndKeepsNoRows() {
        ParsedFile<EndOfDayPosition> parsed =
                eod(EOD_HEADER + "FRGM01,ZNH24,x,y,,,,,\nFRGM01,ZNH25,1,1,,,,,\n,ZNH26,1,1,z,,,,\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(FileProblem::describe)
                .containsExactly(
                        "line 2, column position: `x` is not an integer",
                        "line 2, column settle_price: `y` is not a decimal number",
                        "line 4, column account: account is required",
                        "line 4, column delta: `z` is not a decimal number");
    }

    @Test
    void reportsBrokenCsvStructureAndGoesOn() {
        assertThat(eodProblems(EOD_HEADER + "FRGM01,ZNH24,1\nFRGM01,ZNH25,1,1,,,,,\"unterminated\n"))
                .extracting(FileProblem::describe)
                .containsExactly("line 2: incomplete row: 3 fields, header has 9", "line 3: unterminated quoted field");
    }

    @Test
    void stopsAtTheProblemLimit() {
        String rows = "FRGM01,ZNH24,x,1,,,,,\n".repeat(10);
        ParsedFile<EndOfDayPosition> parsed =
                new PositionCsvParser<>(PositionFile.END_OF_DAY, 3).parse(new java.io.StringReader(EOD_HEADER + rows));

        assertThat(parsed.problems())
                .hasSize(4)
                .last()
                .isEqualTo(FileProblem.ofFile("too many problems, stopped after 3"));
    }
}
