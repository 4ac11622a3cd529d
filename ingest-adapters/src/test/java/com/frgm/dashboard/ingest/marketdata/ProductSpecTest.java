package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProductSpecTest {

    @Test
    void refusesNonPositiveDefaults() {
        assertThatThrownBy(() -> new ProductSpec(BigDecimal.ZERO, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductSpec(null, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
