package com.frgm.dashboard.ingest.file;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key of the form {@code {prefix}/YYYY/MM/DD/{file name}} (docs/feeds.md 1). Feeds whose file name
 * carries its own date check it against {@link #folderDate()}: a file filed under the wrong day
 * would otherwise land in the wrong day's history without anyone noticing.
 */
public record DatedKey(LocalDate folderDate, String fileName) {

    private static final Pattern KEY = Pattern.compile("(\\d{4})/(\\d{2})/(\\d{2})/([^/]+)");

    /**
     * @param layout     the feed whose folder the key must lie in
     * @param nameFormat the expected file name, for the message, e.g. {@code actant_eod_{YYYYMMDD}.csv}
     * @throws IllegalArgumentException when the key is not laid out so or its folders are no date
     */
    public static DatedKey parse(String key, FeedLayout layout, String nameFormat) {
        String safeKey = key == null ? "" : key;
        Matcher m = layout.holds(safeKey)
                ? KEY.matcher(safeKey.substring(layout.prefix().length()))
                : null;
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("key `" + safeKey + "` does not match " + layout.keyFormat(nameFormat));
        }
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new DatedKey(date, m.group(4));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "key `" + safeKey + "`: folders " + m.group(1) + "/" + m.group(2) + "/" + m.group(3)
                            + " are not a valid date",
                    e);
        }
    }

    /** Folders as they appear in a key, e.g. {@code 2024/01/15}, for messages. */
    public String folders() {
        return FeedLayout.folders(folderDate);
    }
}
