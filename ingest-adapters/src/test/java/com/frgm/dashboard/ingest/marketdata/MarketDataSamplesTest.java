package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared sample files (copied from shared/samples) and the problems their README names. */
class MarketDataSamplesTest {

    private static final String GOOD = "GE_XCME.ZN_20240115_103938.csv";

    @Test
    void acceptsTheFirstSampleSnapshot() throws IOException {
        MarketDataFileName name = MarketDataFileName.parse("market-data/2024/01/15/" + GOOD);
        ParsedFile<MarketQuote> parsed = parseSample(GOOD, name.fileTime());

        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.rows())
                .extracting(MarketQuote::instrument)
                .containsExactly("ZNH24", "ZNH24 C111", "ZNH24 C112");
        MarketQuote future = parsed.rows().get(0);
        assertThat(future.timestamp())
                .isEqualTo(Instant.parse("2024-01-15T10:39:38Z"))
                .isEqualTo(name.fileTime());
        assertThat(future.bid()).isEqualTo(new BigDecimal("112.5"));
        assertThat(future.askSize()).isEqualTo(454L);
        assertThat(future.bidDepth()).containsExactly(new PriceLevel(2, new BigDecimal("112.484375"), 124L));
        assertThat(future.askDepth()).containsExactly(new PriceLevel(2, new BigDecimal("112.53125"), 890L));
        assertThat(future.underlying()).isNull();
        assertThat(future.multiplier()).isEqualTo(new BigDecimal("1000"));
        assertThat(parsed.rows().get(1).underlying()).isEqualTo("ZNH24");
        assertThat(parsed.rows().get(1).theta()).isEqualTo(new BigDecimal("-0.01"));
    }

    @Test
    void acceptsTheSecondSampleSnapshot() throws IOException {
        ParsedFile<MarketQuote> parsed = parseSample("GE_XCME.ZN_20240115_103939.csv", Instant.EPOCH);

        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.rows()).hasSize(3);
        assertThat(parsed.rows().get(2).volume()).isEqualTo(1281L);
    }

    @Test
    void rejectsCrossedQuote() throws IOException {
        assertThat(problemsOf("crossed-quote.csv"))
                .containsExactly(new FileProblem(2, null, null, "bid 112.53125 above ask 112.5"));
    }

    @Test
    void rejectsNotANumber() throws IOException {
        assertThat(problemsOf("not-a-number.csv"))
                .containsExactly(new FileProblem(2, "bid_size", "25O", "`25O` is not an integer"));
    }

    @Test
    void rejectsMissingInstrumentColumn() throws IOException {
        assertThat(problemsOf("missing-instrument-column.csv"))
                .containsExactly(
                        new FileProblem(1, "instrument", null, "header: required column `instrument` is missing"));
    }

    @Test
    void rejectsTruncated() throws IOException {
        assertThat(problemsOf("truncated.csv"))
                .containsExactly(new FileProblem(3, null, "\"ZNH24 C11", "unterminated quoted field"));
    }

    @Test
    void rejectsDuplicateInstrument() throws IOException {
        assertThat(problemsOf("duplicate-instrument.csv"))
                .containsExactly(
                        new FileProblem(3, "instrument", "ZNH24", "instrument ZNH24 already appeared on line 2"));
    }

    private static List<FileProblem> problemsOf(String malformed) throws IOException {
        ParsedFile<MarketQuote> parsed = parseSample("malformed/" + malformed, ParserFixture.FILE_TIME);
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        return parsed.problems();
    }

    private static ParsedFile<MarketQuote> parseSample(String path, Instant fileTime) throws IOException {
        try (InputStream in = MarketDataSamplesTest.class.getResourceAsStream("/samples/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new MarketDataCsvParser().parse(in, fileTime, ProductSpec.NONE);
        }
    }
}
