package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.ingest.file.DatedKey;
import com.frgm.dashboard.ingest.file.FeedLayout;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Actant position file's key, {@code {feed}/YYYY/MM/DD/actant_{feed}_{YYYYMMDD}.csv}
 * (docs/feeds.md 1), where {@code feed} is the layout's folder, {@code eod} or {@code sod}. The business date is the file
 * name's date (docs/feeds.md 4); the folders must name the same day.
 */
public record PositionFileName(LocalDate businessDate) {

    private static final DateTimeFormatter NAME_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** The key of the feed's file for a business date. */
    public static String key(FeedLayout layout, LocalDate businessDate) {
        return layout.key(businessDate, "actant_" + layout.folder() + "_" + NAME_DATE.format(businessDate) + ".csv");
    }

    /**
     * @throws IllegalArgumentException when the key does not follow the layout, a date does not
     *                                  exist, or the name's date and the folders disagree
     */
    public static PositionFileName parse(String key, FeedLayout layout) {
        String feed = layout.folder();
        DatedKey dated = DatedKey.parse(key, layout, "actant_" + feed + "_{YYYYMMDD}.csv");
        Matcher m = Pattern.compile("actant_" + feed + "_(\\d{4})(\\d{2})(\\d{2})\\.csv")
                .matcher(dated.fileName());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "file name `" + dated.fileName() + "` does not match actant_" + feed + "_{YYYYMMDD}.csv");
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("file name `" + dated.fileName() + "` has no valid date", e);
        }
        if (!date.equals(dated.folderDate())) {
            throw new IllegalArgumentException("file name `" + dated.fileName() + "` is dated " + date
                    + " but lies in folder " + dated.folders() + " (" + dated.folderDate() + ")");
        }
        return new PositionFileName(date);
    }
}
