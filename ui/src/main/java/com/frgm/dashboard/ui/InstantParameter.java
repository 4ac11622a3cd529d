package com.frgm.dashboard.ui;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * An instant from a request parameter: ISO-8601, in the years 0001 to 9999. Java reads far
 * larger years ({@code +999999999-12-31T23:59:59Z}), which no feed time can match and which
 * overflow epoch milliseconds on the query side, a 500 instead of a 400.
 */
public final class InstantParameter {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private InstantParameter() {}

    /** @throws BadParameterException whose message names the parameter and says what is allowed */
    public static Instant parse(String parameter, String value) {
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(
                    parameter,
                    parameter + " must be an ISO-8601 instant such as " + "2024-01-15T10:39:38Z, not '" + value + "'");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new BadParameterException(
                    parameter, parameter + " must lie in the years 0001 to 9999, not '" + value + "'");
        }
        return instant;
    }
}
