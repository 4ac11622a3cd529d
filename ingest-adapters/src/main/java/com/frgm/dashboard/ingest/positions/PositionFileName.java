package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.ingest.file.DatedKey;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Actant position file's key, {@code {feed}/YYYY/MM/DD/actant_{feed}_{YYYYMMDD}.csv}
 * (docs/feeds.md 1), where {@code feed} is {@code eod} or {@code sod}. The business date is the file
 * name's date (docs/feeds.md 4); the folders must name the same day.
 */
public record PositionFileName(LocalDate businessDate) {

    /**
     * @throws IllegalArgumentException when the key does not follow the layout, a date does not
     *                                  exist, or the name's date and the folders disagree
     */
    public static PositionFileName parse(String key, String feed) {
        String format = feed + "/YYYY/MM/DD/actant_" + feed + "_{YYYYMMDD}.csv";
        DatedKey dated = DatedKey.parse(key, feed, format);
        Matcher m = Pattern.compile("actant_" + feed + "_(\\d{4})(\\d{2})(\\d{2})\\.csv").matcher(dated.fileName());
        if (!m.matches()) {
            throw new IllegalArgumentException("file name `" + dated.fileName() + "` does not match actant_"
                    + feed + "_{YYYYMMDD}.csv");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
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
