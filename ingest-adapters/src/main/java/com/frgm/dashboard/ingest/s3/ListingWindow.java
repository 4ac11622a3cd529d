package com.frgm.dashboard.ingest.s3;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a listing pass starts, given the last key handled under a prefix. Keys are
 * {@code {feed}/YYYY/MM/DD/...}, so S3's key order is date order. A pass starts at the day
 * before the cursor's day rather than at the cursor itself: a file that arrives late with an
 * older key of the current (or, around midnight, the previous) day is still found. Handled
 * files are moved out of the prefix, so re-listing those two days costs only the files still
 * waiting there. Anything older is found by the periodic full scan (ADR 0008).
 */
final class ListingWindow {

    private static final Pattern DATED = Pattern.compile("^(.*?)(\\d{4})/(\\d{2})/(\\d{2})/");

    private ListingWindow() {}

    /** The day of a key's {@code YYYY/MM/DD/} folder, when it has a valid one. */
    static Optional<LocalDate> dayOf(String prefix, String key) {
        if (!key.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher dated = DATED.matcher(key.substring(prefix.length()));
        if (!dated.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(dated.group(2)),
                    Integer.parseInt(dated.group(3)),
                    Integer.parseInt(dated.group(4))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The StartAfter for a pass; null lists the prefix from its first key. */
    static String startAfter(String prefix, String cursor) {
        if (cursor == null) {
            return null;
        }
        Optional<LocalDate> day = dayOf(prefix, cursor);
        if (day.isEmpty()) {
            return null;
        }
        Matcher dated = DATED.matcher(cursor.substring(prefix.length()));
        dated.find();
        LocalDate from = day.get().minusDays(1);
        // Every key of that day sorts after its folder name, and no key before it does.
        return prefix
                + dated.group(1)
                + String.format("%04d/%02d/%02d/", from.getYear(), from.getMonthValue(), from.getDayOfMonth());
    }
}
