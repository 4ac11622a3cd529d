package com.frgm.dashboard.ingest.marketdata;

import static com.frgm.dashboard.ingest.marketdata.ParserFixture.onlyProblem;
import static com.frgm.dashboard.ingest.marketdata.ParserFixture.onlyQuote;
import static com.frgm.dashboard.ingest.marketdata.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketDataHeaderTest {

    @Test
    void rejectsAnEmptyFile() {
        assertThat(onlyProblem(""))
                .isEqualTo(new FileProblem(1, null, null, "file is empty: a header row is required"));
        assertThat(onlyProblem("\n\r\n").reason()).isEqualTo("file is empty: a header row is required");
    }

    @Test
    void acceptsAHeaderWithoutRowsAsAnEmptySnapshot() {
        ParsedFile<MarketQuote> parsed = parse("instrument,price\n");

        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.rows()).isEmpty();
    }

    @Test
    void matchesHeaderNamesTrimmedAndCaseInsensitiveInAnyOrder() {
        MarketQuote quote = onlyQuote(" PRICE ,Bid_Size,  Instrument\n112.5,250,ZNH24\n");

        assertThat(quote.instrument()).isEqualTo("ZNH24");
        assertThat(quote.price()).isEqualByComparingTo("112.5");
        assertThat(quote.bidSize()).isEqualTo(250L);
    }

    @Test
    void rejectsAMissingInstrumentColumn() {
        assertThat(onlyProblem("symbol,bid,ask\nZNH24,1,2\n"))
                .isEqualTo(new FileProblem(1, "instrument", null, "header: required column `instrument` is missing"));
    }

    @Test
    void rejectsADuplicateColumnNameWhateverItsCase() {
        FileProblem problem = onlyProblem("instrument,bid,price,BID \nZNH24,1,1,1\n");

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo("bid");
        assertThat(problem.value()).isEqualTo("BID ");
        assertThat(problem.reason()).isEqualTo("header: column `bid` appears more than once (columns 2 and 4)");
    }

    @Test
    void rejectsAnUnnamedColumn() {
        FileProblem problem = onlyProblem("instrument,price,\nZNH24,1,\n");

        assertThat(problem.reason()).isEqualTo("header: column 3 has no name");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void keepsUnknownColumnsAsExtrasVerbatimAndOnlyWhenNotBlank() {
        ParsedFile<MarketQuote> parsed =
                parse("instrument,price,Venue,bid_1,bid_11,note\nA,1,CME, 7 ,8,  \nB,2,,,,\"x, \"\"y\"\"\"\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).extras()).isEqualTo(Map.of("venue", "CME", "bid_1", " 7 ", "bid_11", "8"));
        assertThat(parsed.rows().get(1).extras()).isEqualTo(Map.of("note", "x, \"y\""));
        assertThat(parsed.rows().get(0).bidDepth()).isEmpty();
    }

    @Test
    void rejectsRowsWithTooFewOrTooManyFields() {
        ParsedFile<MarketQuote> parsed = parse("instrument,bid,ask\nA,1,2\nB,1\nC,1,2,3\n");

        assertThat(parsed.problems())
                .containsExactly(
                        new FileProblem(3, null, null, "incomplete row: 2 fields, header has 3"),
                        new FileProblem(4, null, null, "too many fields: 4, header has 3"));
        assertThat(parsed.rows()).isEmpty();
    }

    @Test
    void skipsBlankLinesAnywhereAndAcceptsATrailingLineBreak() {
        ParsedFile<MarketQuote> parsed = parse("\ninstrument,price\r\n\r\nA,1\n   \nB,2\n\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(MarketQuote::instrument).containsExactly("A", "B");
    }

    @Test
    void reportsLinesOfRowsAfterBlankLinesAndMultiLineFields() {
        ParsedFile<MarketQuote> parsed = parse("instrument,note,price\n\nA,\"two\nlines\",1\nB,x,oops\n");

        assertThat(parsed.problems())
                .containsExactly(new FileProblem(5, "price", "oops", "`oops` is not a decimal number"));
    }

    @Test
    void reportsCsvStructureProblemsAndGoesOnCheckingLaterRows() {
        ParsedFile<MarketQuote> parsed = parse("instrument,price\nA,1\"2\nB,x\n");

        assertThat(parsed.problems())
                .containsExactly(
                        new FileProblem(2, null, "1\"2", "stray quote in unquoted field"),
                        new FileProblem(3, "price", "x", "`x` is not a decimal number"));
    }

    @Test
    void stopsAtAStructureProblemInTheHeader() {
        assertThat(onlyProblem("instrument,\"pri\"ce\nA,1\n").reason())
                .isEqualTo("unexpected character after closing quote");
    }

    @Test
    void appliesProductDefaultsOnlyWhereTheRowLeavesThemEmpty() {
        ProductSpec spec = new ProductSpec(new BigDecimal("0.015625"), new BigDecimal("1000"));
        ParsedFile<MarketQuote> parsed = parse("instrument,price,tick_size,multiplier\nA,1,,\nB,1,0.5,50\n", spec);

        assertThat(parsed.rows().get(0).tickSize()).isEqualTo(new BigDecimal("0.015625"));
        assertThat(parsed.rows().get(0).multiplier()).isEqualTo(new BigDecimal("1000"));
        assertThat(parsed.rows().get(1).tickSize()).isEqualTo(new BigDecimal("0.5"));
        assertThat(parsed.rows().get(1).multiplier()).isEqualTo(new BigDecimal("50"));
        assertThat(parse("instrument,price\nA,1\n", null).rows().get(0).tickSize())
                .isNull();
    }

    @Test
    void stopsCollectingAfterTheProblemLimit() {
        StringBuilder text = new StringBuilder("instrument,price\n");
        for (int i = 0; i < 10; i++) {
            text.append("A").append(i).append(",bad\n");
        }
        ParsedFile<MarketQuote> parsed = new MarketDataCsvParser(3)
                .parse(new java.io.StringReader(text.toString()), ParserFixture.FILE_TIME, ProductSpec.NONE);

        assertThat(parsed.problems()).hasSize(4);
        assertThat(parsed.problems().get(2).line()).isEqualTo(4);
        assertThat(parsed.problems().get(3)).isEqualTo(FileProblem.ofFile("too many problems, stopped after 3"));
    }
}
