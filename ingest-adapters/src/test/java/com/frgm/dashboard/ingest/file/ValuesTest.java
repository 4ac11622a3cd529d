package com.frgm.dashboard.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.01", "+3", "112.484375", "1000", "1.", ".5", "1e-05", "2.5E+3", "1e99", "1e-099"})
    void acceptsPlainDecimalsAndSmallExponents(String text) throws BadValue {
        assertThat(Values.decimal(text)).isEqualTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1,000",
                "25O",
                "NaN",
                "Infinity",
                "-Infinity",
                "0x10",
                "1_000",
                "1 000",
                ".",
                "-",
                "e5",
                "1e",
                "1e+",
                "1.2.3",
                "--1",
                "\u0661\u0662",
                "1d",
                "1f",
                "12%",
                "$5"
            })
    void rejectsAnythingElseAsNotADecimal(String text) {
        assertThatThrownBy(() -> Values.decimal(text))
                .isInstanceOf(BadValue.class)
                .hasMessage("`" + text + "` is not a decimal number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1e-100", "1E999999999"})
    void rejectsExponentsBeyondNinetyNine(String text) {
        assertThatThrownBy(() -> Values.decimal(text))
                .isInstanceOf(BadValue.class)
                .hasMessage("`" + text + "` is out of range (exponent beyond ±99)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "250", "9223372036854775807"})
    void acceptsCountsFromZero(String text) throws BadValue {
        assertThat(Values.count(text)).isEqualTo(Long.parseLong(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25O", "1.0", "1e3", "+5", "1,000", "\u0661"})
    void rejectsCountsThatAreNotIntegers(String text) {
        assertThatThrownBy(() -> Values.count(text)).hasMessage("`" + text + "` is not an integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "9223372036854775808"})
    void rejectsNegativeOrOversizedCounts(String text) {
        assertThatThrownBy(() -> Values.count(text))
                .isInstanceOf(BadValue.class)
                .message()
                .containsAnyOf("negative", "too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-33", "23", "-9223372036854775808", "9223372036854775807"})
    void acceptsSignedIntegers(String text) throws BadValue {
        assertThat(Values.integer(text)).isEqualTo(Long.parseLong(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "+5", "1.0", "1e3", "--1", "1 000", "\u0661", "9223372036854775808"})
    void rejectsTextThatIsNotASignedLong(String text) {
        assertThatThrownBy(() -> Values.integer(text))
                .isInstanceOf(BadValue.class)
                .message()
                .containsAnyOf("is not an integer", "too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FRGM01", "ZNH24 C111", "a.b_c:d/e-f", "X"})
    void acceptsIdsOfLettersDigitsSpaceAndPunctuation(String text) throws BadValue {
        assertThat(Values.accountId(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " FRGM01", "FRGM01 ", "FRGM\u00c901", "a,b", "tab\there"})
    void rejectsIdsThatAreEmptyPaddedOrUseOtherCharacters(String text) {
        assertThatThrownBy(() -> Values.accountId(text)).isInstanceOf(BadValue.class);
    }

    @Test
    void rejectsIdsLongerThanSixtyFourCharacters() {
        assertThatThrownBy(() -> Values.id("order", "x".repeat(65)))
                .hasMessage("order id is 65 characters long, at most 64 allowed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-01-15T10:39:38.123Z",
                "2024-01-15T04:39:38-06:00",
                "1705315178123",
                "0",
                "9223372036854775807",
                "+292278994-08-17T07:12:55.807Z"
            })
    void acceptsTimestampsThatEpochMillisecondsCanExpress(String text) throws BadValue {
        assertThat(Values.timestamp(text).toEpochMilli()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "9223372036854775808",
                "99999999999999999999",
                "+292278994-08-17T07:12:55.808Z",
                "+999999999-12-31T23:59:59Z",
                "-999999999-01-01T00:00:00+18:00"
            })
    void rejectsTimestampsBeyondEpochMillisecondsCleanly(String text) {
        assertThatThrownBy(() -> Values.timestamp(text))
                .isInstanceOf(BadValue.class)
                .hasMessageStartingWith("`" + text + "` is out of range");
    }
}
