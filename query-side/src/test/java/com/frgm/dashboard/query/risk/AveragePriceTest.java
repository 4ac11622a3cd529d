package com.frgm.dashboard.query.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.query.risk.RiskBookStore.Fill;
import com.frgm.dashboard.query.risk.RiskBookStore.Held;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AveragePriceTest {

    private static final Held LONG_10 = new Held("A", "X", 10, new BigDecimal("100"));

    @Test
    void averagesInFillsThatAddToThePosition() {
        assertThat(AveragePrice.of(LONG_10, List.of(fill(1, 10, "110")))).isEqualByComparingTo("105");
    }

    @Test
    void keepsTheAverageWhenAFillReducesThePosition() {
        assertThat(AveragePrice.of(LONG_10, List.of(fill(1, -4, "120")))).isEqualByComparingTo("100");
    }

    @Test
    void startsAgainAtTheFillPriceThroughZero() {
        assertThat(AveragePrice.of(LONG_10, List.of(fill(1, -15, "120")))).isEqualByComparingTo("120");
    }

    @Test
    void isUnknownWhenFlatOrWithoutAStartOfDayPrice() {
        assertThat(AveragePrice.of(LONG_10, List.of(fill(1, -10, "120")))).isNull();
        Held unknown = new Held("A", "X", 10, null);
        assertThat(AveragePrice.of(unknown, List.of(fill(1, 5, "120")))).isNull();
        assertThat(AveragePrice.of(unknown, List.of(fill(1, -10, "120"), fill(2, -2, "118"))))
                .isEqualByComparingTo("118");
    }

    private static Fill fill(int second, long qty, String price) {
        return new Fill("A", "X", qty, new BigDecimal(price), Instant.ofEpochSecond(second));
    }
}
