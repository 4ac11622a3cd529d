package com.frgm.dashboard.query.risk;

import java.math.BigDecimal;

/** Exact results without trailing zeros and never in exponent form: 187.50 is 187.5, 2.5E+3 is 2500. */
final class Decimals {

    private Decimals() {}

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
