package com.frgm.dashboard.query.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.ladder.LadderLevel;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaddersTest {

    static final Instant T0 = Instant.parse("2024-01-15T10:39:38Z");

    static MarketQuote futureQuote() {
        return new MarketQuote(
                "ZNH24",
                T0,
                new BigDecimal("112.5"),
                204L,
                new BigDecimal("112.515625"),
                454L,
                new BigDecimal("112.5"),
                10486L,
                List.of(new PriceLevel(2, new BigDecimal("112.484375"), 124L)),
                List.of(new PriceLevel(2, new BigDecimal("112.546875"), 890L)),
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                new BigDecimal("0.015625"),
                new BigDecimal("1000"),
                null);
    }

    @Test
    void listsEveryTickFromDeepestAskDownToDeepestBid() {
        LadderView ladder = Ladders.from(futureQuote(), 42);

        assertThat(ladder.levels())
                .extracting(l -> l.price().toPlainString())
                .containsExactly("112.546875", "112.53125", "112.515625", "112.5", "112.484375");
        assertThat(ladder.levels())
                .containsExactly(
                        new LadderLevel(new BigDecimal("112.546875"), null, 890L),
                        new LadderLevel(new BigDecimal("112.53125"), null, null),
                        new LadderLevel(new BigDecimal("112.515625"), null, 454L),
                        new LadderLevel(new BigDecimal("112.5"), 204L, null),
                        new LadderLevel(new BigDecimal("112.484375"), 124L, null));
        assertThat(ladder.eventSequence()).isEqualTo(42);
        assertThat(ladder.lastPrice()).isEqualByComparingTo("112.5");
    }

    @Test
    void mergesPricesWrittenWithDifferentScales() {
        MarketQuote quote = new MarketQuote(
                "X",
                T0,
                new BigDecimal("1.50"),
                1L,
                new BigDecimal("1.6"),
                2L,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(Ladders.from(quote, 1).levels())
                .extracting(l -> l.price().toPlainString())
                .containsExactly("1.6", "1.5");
    }

    @Test
    void showsOnlyQuotedPricesWhenTheSpanIsTooWideToFill() {
        MarketQuote quote = new MarketQuote(
                "X",
                T0,
                new BigDecimal("1"),
                1L,
                new BigDecimal("100"),
                2L,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("0.01"),
                null,
                null);

        assertThat(Ladders.from(quote, 1).levels()).hasSize(2);
    }
}
