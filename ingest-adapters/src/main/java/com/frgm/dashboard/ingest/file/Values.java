package com.frgm.dashboard.ingest.file;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parsers for the value types of docs/feeds.md 2–5, shared by every feed so that a number or an id
 * means the same in a CSV cell and a JSON field. Each takes non-empty text (CSV cells arrive
 * trimmed). Grammar is checked by hand, not left to {@link BigDecimal} or {@link Long}, which
 * would also accept non-ASCII digits.
 */
public final class Values {

    public static final int MAX_ID_LENGTH = 64;

    /**
     * Exponents beyond this are refused: no price or Greek needs them, and an exponent like
     * {@code 1e999999999} would give a BigDecimal whose plain form is a billion digits long.
     */
    public static final int MAX_EXPONENT = 99;

    private static final Instant EARLIEST_MILLIS = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant LATEST_MILLIS = Instant.ofEpochMilli(Long.MAX_VALUE);

    private Values() {}

    /**
     * A plain decimal ({@code -0.015625}, {@code 112.5}, {@code 1000}), optionally with an
     * exponent ({@code 1e-05}): writers such as Python's {@code str(float)} print tiny Greeks that
     * way, and rejecting a whole file over a gamma of {@code 1e-05} would help nobody. The value
     * is kept exactly as written. No thousands separators, no NaN or Infinity.
     */
    public static BigDecimal decimal(String text) throws BadValue {
        int n = text.length();
        int i = sign(text, 0);
        int whole = digits(text, i);
        i += whole;
        int fraction = 0;
        if (i < n && text.charAt(i) == '.') {
            fraction = digits(text, ++i);
            i += fraction;
        }
        if (whole + fraction == 0) {
            throw new BadValue("`" + text + "` is not a decimal number");
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int start = sign(text, i + 1);
            int exponentDigits = digits(text, start);
            i = start + exponentDigits;
            if (exponentDigits == 0 || i < n) {
                throw new BadValue("`" + text + "` is not a decimal number");
            }
            while (start < i - 1 && text.charAt(start) == '0') {
                start++;
            }
            if (i - start > 2) {
                throw new BadValue("`" + text + "` is out of range (exponent beyond ±" + MAX_EXPONENT + ")");
            }
        }
        if (i != n) {
            throw new BadValue("`" + text + "` is not a decimal number");
        }
        return new BigDecimal(text);
    }

    public static BigDecimal positiveDecimal(String text) throws BadValue {
        BigDecimal value = decimal(text);
        if (value.signum() <= 0) {
            throw new BadValue("`" + text + "` is not positive");
        }
        return value;
    }

    /** An integer >= 0: a size or a volume. */
    public static Long count(String text) throws BadValue {
        int n = text.length();
        if (n > 1 && text.charAt(0) == '-' && digits(text, 1) == n - 1) {
            throw new BadValue("`" + text + "` is negative, must be >= 0");
        }
        if (digits(text, 0) != n) {
            throw new BadValue("`" + text + "` is not an integer");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadValue("`" + text + "` is too large");
        }
    }

    /**
     * ISO-8601 with an offset, or epoch milliseconds; a time without offset is ambiguous. Only
     * times that epoch milliseconds can express: the stores keep them so, and a year such as
     * {@code +999999999} would otherwise overflow there, long after the file was accepted.
     */
    public static Instant timestamp(String text) throws BadValue {
        Instant time;
        try {
            if (digits(text, 0) == text.length()) {
                time = Instant.ofEpochMilli(Long.parseLong(text));
            } else {
                time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            }
        } catch (NumberFormatException e) {
            throw new BadValue("`" + text + "` is out of range: more epoch milliseconds than a 64-bit integer holds");
        } catch (DateTimeParseException e) {
            throw new BadValue("`" + text + "` is not an ISO-8601 timestamp with offset or epoch milliseconds");
        }
        if (time.isBefore(EARLIEST_MILLIS) || time.isAfter(LATEST_MILLIS)) {
            throw new BadValue("`" + text + "` is out of range: no epoch millisecond count reaches it");
        }
        return time;
    }

    /** A signed integer such as a position: digits with an optional leading minus. */
    public static long integer(String text) throws BadValue {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || digits(text, start) != text.length() - start) {
            throw new BadValue("`" + text + "` is not an integer");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadValue("`" + text + "` is too large");
        }
    }

    public static String instrumentId(String text) throws BadValue {
        return id("instrument", text);
    }

    public static String accountId(String text) throws BadValue {
        return id("account", text);
    }

    /**
     * 1–64 ASCII letters, digits, space and {@code ._:/-}, not starting or ending with a space.
     * ASCII only, on purpose: ids become Redis keys and DynamoDB partition keys, where look-alike
     * Unicode letters or a stray space would split one instrument or account into two.
     */
    public static String id(String what, String text) throws BadValue {
        if (text.isEmpty()) {
            throw new BadValue(what + " id is empty");
        }
        if (text.length() > MAX_ID_LENGTH) {
            throw new BadValue(
                    what + " id is " + text.length() + " characters long, at most " + MAX_ID_LENGTH + " allowed");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == ' '
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '/'
                    || c == '-';
            if (!allowed) {
                throw new BadValue("`" + text + "` may only contain letters, digits, space and ._:/-");
            }
        }
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            throw new BadValue("`" + text + "` starts or ends with a space");
        }
        return text;
    }

    private static int sign(String text, int at) {
        return at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-') ? at + 1 : at;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
