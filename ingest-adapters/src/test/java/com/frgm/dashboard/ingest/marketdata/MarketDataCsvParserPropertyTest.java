package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.testsupport.PropertyCases;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Any valid file, however a feed chooses to lay it out, parses to exactly the values written. */
class MarketDataCsvParserPropertyTest {

    private static final long BASE_SEED = 0x4D44_5041_0000_0000L;
    private static final int CASES = 500;
    private static final Instant FILE_TIME = Instant.parse("2024-01-15T10:39:38Z");
    private static final ProductSpec DEFAULTS = new ProductSpec(new BigDecimal("0.015625"), new BigDecimal("1000"));

    private final MarketDataCsvParser parser = new MarketDataCsvParser();

    @TestFactory
    Stream<DynamicTest> validFilesParseToTheGeneratedQuotes() {
        return PropertyCases.cases(BASE_SEED, CASES, random -> {
            List<QuoteDraft> drafts = MarketDataFileGenerator.drafts(random, 1, 15);
            String file = new FeedFileWriter(random).write(drafts);
            List<MarketQuote> expected =
                    drafts.stream().map(d -> d.expected(FILE_TIME, DEFAULTS)).toList();

            ParsedFile<MarketQuote> fromText = parser.parse(new StringReader(file), FILE_TIME, DEFAULTS);
            ParsedFile<MarketQuote> fromBytes =
                    parser.parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), FILE_TIME, DEFAULTS);

            assertThat(fromText.problems()).as(file).isEmpty();
            assertThat(fromText.rows()).as(file).isEqualTo(expected);
            assertThat(fromBytes).as(file).isEqualTo(fromText);
        });
    }
}
