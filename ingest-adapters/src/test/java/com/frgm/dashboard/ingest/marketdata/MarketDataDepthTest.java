package com.frgm.dashboard.ingest.marketdata;

import static com.frgm.dashboard.ingest.marketdata.ParserFixture.onlyProblem;
import static com.frgm.dashboard.ingest.marketdata.ParserFixture.onlyQuote;
import static com.frgm.dashboard.ingest.marketdata.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import com.frgm.dashboard.ingest.file.FileProblem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MarketDataDepthTest {

    private static final String HEADER =
            "instrument,bid,ask,bid_2,bid_size_2,ask_2,ask_size_2,bid_3,bid_size_3,ask_3,ask_size_3,"
                    + "bid_10,ask_10\n";

    @Test
    void readsDepthLevelsWhosePriceIsPresent() {
        MarketQuote quote = onlyQuote(HEADER + "A,10,11,9.5,100,11.5,,,,12,7,1,20\n");

        assertThat(quote.bidDepth()).containsExactly(level(2, "9.5", 100L), level(10, "1", null));
        assertThat(quote.askDepth()).containsExactly(level(2, "11.5", null), level(3, "12", 7L), level(10, "20", null));
    }

    @Test
    void requiresBidsToFallStrictlyFromLevelOne() {
        assertThat(onlyProblem(HEADER + "A,10,11,10,,,,,,,,,\n"))
                .isEqualTo(new FileProblem(2, "bid_2", "10", "bid_2 10 is not below bid 10"));
    }

    @Test
    void requiresAsksToRiseStrictlyComparedWithThePreviousPresentLevel() {
        assertThat(onlyProblem(HEADER + "A,10,11,,,12,,,,,,,11.9\n"))
                .isEqualTo(new FileProblem(2, "ask_10", "11.9", "ask_10 11.9 is not above ask_2 12"));
    }

    @Test
    void comparesDepthWithoutLevelOneAmongTheDepthLevels() {
        MarketQuote quote = onlyQuote(HEADER + "A,,11,9,,,,8,,,,,\n");
        assertThat(quote.bidDepth()).extracting(PriceLevel::level).containsExactly(2, 3);

        assertThat(onlyProblem(HEADER + "A,,11,9,,,,9.5,,,,,\n").reason()).isEqualTo("bid_3 9.5 is not below bid_2 9");
    }

    @Test
    void rejectsADepthSizeWithoutItsPrice() {
        assertThat(onlyProblem(HEADER + "A,10,11,,,,,,40,,,,\n"))
                .isEqualTo(new FileProblem(2, "bid_size_3", "40", "bid_size_3 given without bid_3"));
        assertThat(onlyProblem("instrument,price,ask_size_4\nA,1,5\n").reason())
                .isEqualTo("ask_size_4 given without ask_4");
    }

    @Test
    void validatesDepthPricesAndSizes() {
        var problems = parse(HEADER + "A,10,11,9x,,11.5,-1,,,,,,\n").problems();

        assertThat(problems).extracting(FileProblem::column).containsExactly("bid_2", "ask_size_2");
    }

    private static PriceLevel level(int level, String price, Long size) {
        return new PriceLevel(level, new BigDecimal(price), size);
    }
}
