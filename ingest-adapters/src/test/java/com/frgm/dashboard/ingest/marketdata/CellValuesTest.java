package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.01", "+3", "112.484375", "1000", "1.", ".5", "1e-05", "2.5E+3", "1e99", "1e-099"})
    void acceptsPlainDecimalsAndSmallExponents(String text) throws BadCell {
        assertThat(CellValues.decimal(text)).isEqualTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,000", "25O", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "1 000", ".", "-", "e5",
        "1e", "1e+", "1.2.3", "--1", "\u0661\u0662", "1d", "1f", "12%", "$5"})
    void rejectsAnythingElseAsNotADecimal(String text) {
        assertThatThrownBy(() -> CellValues.decimal(text)).isInstanceOf(BadCell.class)
                .hasMessage("`" + text + "` is not a decimal number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1e-100", "1E999999999"})
    void rejectsExponentsBeyondNinetyNine(String text) {
        assertThatThrownBy(() -> CellValues.decimal(text)).isInstanceOf(BadCell.class)
                .hasMessage("`" + text + "` is out of range (exponent beyond ±99)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "250", "9223372036854775807"})
    void acceptsCountsFromZero(String text) throws BadCell {
        assertThat(CellValues.count(text)).isEqualTo(Long.parseLong(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25O", "1.0", "1e3", "+5", "1,000", "\u0661"})
    void rejectsCountsThatAreNotIntegers(String text) {
        assertThatThrownBy(() -> CellValues.count(text)).hasMessage("`" + text + "` is not an integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "9223372036854775808"})
    void rejectsNegativeOrOversizedCounts(String text) {
        assertThatThrownBy(() -> CellValues.count(text)).isInstanceOf(BadCell.class)
                .message().containsAnyOf("negative", "too large");
    }
}
