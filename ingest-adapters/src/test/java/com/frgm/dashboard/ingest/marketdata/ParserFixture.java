package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.StringReader;
import java.time.Instant;

/** Shorthands for parser tests: parse a literal file, expect one quote or one problem. */
final class ParserFixture {

    static final Instant FILE_TIME = Instant.parse("2024-01-15T10:39:38Z");

    private ParserFixture() {}

    static ParsedFile<MarketQuote> parse(String text) {
        return parse(text, ProductSpec.NONE);
    }

    static ParsedFile<MarketQuote> parse(String text, ProductSpec defaults) {
        return new MarketDataCsvParser().parse(new StringReader(text), FILE_TIME, defaults);
    }

    static MarketQuote onlyQuote(String text) {
        ParsedFile<MarketQuote> parsed = parse(text);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(1);
        return parsed.rows().get(0);
    }

    static FileProblem onlyProblem(String text) {
        ParsedFile<MarketQuote> parsed = parse(text);
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().get(0);
    }
}
