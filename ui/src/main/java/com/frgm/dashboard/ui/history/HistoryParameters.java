package com.frgm.dashboard.ui.history;

import com.frgm.dashboard.ui.BadParameterException;
import com.frgm.dashboard.ui.InstantParameter;
import com.frgm.dashboard.ui.ladder.InstrumentNames;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Checks the history endpoints' parameters at the edge, each failure naming the parameter. */
final class HistoryParameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,2048}");

    private HistoryParameters() {}

    static String name(String parameter, String value) {
        return InstrumentNames.requireValid(parameter, value);
    }

    static Instant instant(String parameter, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return InstantParameter.parse(parameter, value);
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException("date", "date is required: the business date, such as 2024-01-15");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(
                    "date", "date must be a business date such as 2024-01-15, not '" + value + "'");
        }
        // LocalDate reads years up to +999999999; no business date is beyond four digits.
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new BadParameterException("date", "date must lie in the years 0001 to 9999, not '" + value + "'");
        }
        return date;
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameterException(
                "limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value + "'");
    }

    static String cursor(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!CURSOR.matcher(value).matches()) {
            throw new BadParameterException("cursor", "cursor must be the 'next' value of an earlier page");
        }
        return value;
    }
}
