package com.frgm.dashboard.ingest.marketdata;

import static com.frgm.dashboard.ingest.marketdata.ParserFixture.FILE_TIME;
import static com.frgm.dashboard.ingest.marketdata.ParserFixture.onlyProblem;
import static com.frgm.dashboard.ingest.marketdata.ParserFixture.onlyQuote;
import static com.frgm.dashboard.ingest.marketdata.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarketDataRowRulesTest {

    @Test
    void readsEveryColumnOfTheContractExample() {
        MarketQuote quote = onlyQuote("instrument,timestamp,bid,bid_size,ask,ask_size,price,volume,"
                + "delta,gamma,vega,theta,underlying,tick_size,multiplier\n"
                + "ZNH24 C113,2024-01-15T10:39:38.123Z,0.453125,50,0.46875,40,0.46875,1200,"
                + "0.42,0.31,0.08,-0.01,ZNH24,0.015625,1000\n");

        assertThat(quote)
                .isEqualTo(new MarketQuote(
                        "ZNH24 C113",
                        Instant.parse("2024-01-15T10:39:38.123Z"),
                        new BigDecimal("0.453125"),
                        50L,
                        new BigDecimal("0.46875"),
                        40L,
                        new BigDecimal("0.46875"),
                        1200L,
                        null,
                        null,
                        new BigDecimal("0.42"),
                        new BigDecimal("0.31"),
                        new BigDecimal("0.08"),
                        new BigDecimal("-0.01"),
                        "ZNH24",
                        new BigDecimal("0.015625"),
                        new BigDecimal("1000"),
                        null));
    }

    @Test
    void keepsDecimalsExactlyAsWritten() {
        assertThat(onlyQuote("instrument,price\nA,112.500\n").price()).isEqualTo(new BigDecimal("112.500"));
    }

    @Test
    void requiresAnInstrumentOnEveryRow() {
        assertThat(onlyProblem("instrument,price\n ,1\n"))
                .isEqualTo(new FileProblem(2, "instrument", " ", "instrument is required"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ZNH24",
                "ZNH24 C113",
                "a.b_c:d/e-f",
                "0123456789012345678901234567890123456789012345678901234567890123"
            })
    void acceptsInstrumentIdsOfTheAllowedCharacters(String id) {
        assertThat(onlyQuote("instrument,price\n\"" + id + "\",1\n").instrument())
                .isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ZN$H24",
                "ZN,H24",
                "ZNH24\u00e9",
                "tab\there",
                "01234567890123456789012345678901234567890123456789012345678901234"
            })
    void rejectsInstrumentIdsWithOtherCharactersOrTooLong(String id) {
        FileProblem problem = onlyProblem("instrument,price\n\"" + id + "\",1\n");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("instrument");
        assertThat(problem.value()).isEqualTo(id);
        assertThat(problem.reason()).containsAnyOf("may only contain letters, digits, space and ._:/-", "at most 64");
    }

    @Test
    void rejectsAnInstrumentSeenEarlierInTheFileOnTheLaterLine() {
        ParsedFile<MarketQuote> parsed = parse("instrument,price\nZNH24,1\nZNM24,1\nZNH24,2\nZNH24,3\n");

        assertThat(parsed.problems())
                .containsExactly(
                        new FileProblem(4, "instrument", "ZNH24", "instrument ZNH24 already appeared on line 2"),
                        new FileProblem(5, "instrument", "ZNH24", "instrument ZNH24 already appeared on line 2"));
    }

    @Test
    void defaultsTheTimestampToTheFileTime() {
        assertThat(onlyQuote("instrument,timestamp,price\nA,,1\n").timestamp()).isEqualTo(FILE_TIME);
        assertThat(onlyQuote("instrument,price\nA,1\n").timestamp()).isEqualTo(FILE_TIME);
    }

    @Test
    void readsIsoTimestampsWithAnyOffsetAndEpochMilliseconds() {
        assertThat(onlyQuote("instrument,timestamp,price\nA,2024-01-15T11:39:38.5+01:00,1\n")
                        .timestamp())
                .isEqualTo(Instant.parse("2024-01-15T10:39:38.500Z"));
        assertThat(onlyQuote("instrument,timestamp,price\nA,1705315178123,1\n").timestamp())
                .isEqualTo(Instant.parse("2024-01-15T10:39:38.123Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-15T10:39:38", "2024-01-15", "yesterday", "-1705315178123", "1.7e12"})
    void rejectsTimestampsWithoutOffsetOrOtherwiseUnreadable(String text) {
        assertThat(onlyProblem("instrument,timestamp,price\nA," + text + ",1\n"))
                .isEqualTo(new FileProblem(
                        2,
                        "timestamp",
                        text,
                        "`" + text + "` is not an ISO-8601 timestamp with offset or epoch milliseconds"));
    }

    @Test
    void requiresOneOfPriceBidOrAsk() {
        assertThat(onlyProblem("instrument,price,bid,ask,volume\nA,,,,5\n"))
                .isEqualTo(new FileProblem(2, null, null, "row has none of price, bid, ask"));
        assertThat(onlyQuote("instrument,ask\nA,1\n").ask()).isEqualTo(new BigDecimal("1"));
        assertThat(onlyQuote("instrument,bid\nA,1\n").bid()).isEqualTo(new BigDecimal("1"));
    }

    @Test
    void rejectsACrossedQuoteButAcceptsALockedOne() {
        assertThat(onlyProblem("instrument,bid,ask\nZNH24,112.53125,112.5\n"))
                .isEqualTo(new FileProblem(2, null, null, "bid 112.53125 above ask 112.5"));
        assertThat(onlyQuote("instrument,bid,ask\nZNH24,112.5,112.50\n").ask()).isEqualTo(new BigDecimal("112.50"));
    }

    @Test
    void reportsEveryBadCellOfARow() {
        ParsedFile<MarketQuote> parsed = parse("instrument,bid,bid_size,ask,volume,delta\nA,1x,25O,2,-3,NaN\n");

        assertThat(parsed.problems())
                .extracting(FileProblem::column, FileProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bid", "`1x` is not a decimal number"),
                        org.assertj.core.groups.Tuple.tuple("bid_size", "`25O` is not an integer"),
                        org.assertj.core.groups.Tuple.tuple("volume", "`-3` is negative, must be >= 0"),
                        org.assertj.core.groups.Tuple.tuple("delta", "`NaN` is not a decimal number"));
    }

    @Test
    void rejectsNonPositiveTickSizeAndMultiplier() {
        ParsedFile<MarketQuote> parsed = parse("instrument,price,tick_size,multiplier\nA,1,0,-5\n");

        assertThat(parsed.problems())
                .containsExactly(
                        new FileProblem(2, "tick_size", "0", "`0` is not positive"),
                        new FileProblem(2, "multiplier", "-5", "`-5` is not positive"));
    }

    @Test
    void checksTheUnderlyingLikeAnInstrumentId() {
        assertThat(onlyQuote("instrument,price,underlying\nA,1,ZNH24\n").underlying())
                .isEqualTo("ZNH24");
        assertThat(onlyProblem("instrument,price,underlying\nA,1,ZN#\n").column())
                .isEqualTo("underlying");
    }

    @Test
    void treatsAnEmptyOrBlankCellAsAbsentAndTrimsValues() {
        MarketQuote quote = onlyQuote("instrument,bid,ask,price,delta\n A , 1 ,,\"\", \n");

        assertThat(quote.instrument()).isEqualTo("A");
        assertThat(quote.bid()).isEqualTo(BigDecimal.ONE);
        assertThat(quote.ask()).isNull();
        assertThat(quote.price()).isNull();
        assertThat(quote.delta()).isNull();
    }
}
