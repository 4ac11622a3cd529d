package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.ingest.file.DatedKey;
import com.frgm.dashboard.ingest.file.FeedLayout;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a market-data file name {@code {SOURCE}_{EXCHANGE}.{PRODUCT}_{YYYYMMDD}_{HHMMSS}.csv}
 * (docs/feeds.md 1), e.g. {@code GE_XCME.ZN_20240115_103938.csv}. The file time is the name's local
 * time in the feed's zone (UTC unless configured otherwise).
 */
public record MarketDataFileName(String source, String exchange, String product, Instant fileTime) {

    private static final String FORMAT = "{SOURCE}_{EXCHANGE}.{PRODUCT}_{YYYYMMDD}_{HHMMSS}.csv";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "([A-Za-z0-9]+)_([A-Za-z0-9]+)\\.([A-Za-z0-9-]+)_(\\d{4})(\\d{2})(\\d{2})_(\\d{2})(\\d{2})(\\d{2})\\.csv");

    /** The market-data feed this file belongs to, e.g. {@code GE_XCME.ZN}. */
    public String feedId() {
        return source + "_" + exchange + "." + product;
    }

    /** The file's name, its time written in {@code zone} to the second. */
    public String fileName(ZoneId zone) {
        return feedId() + "_" + NAME_TIME.format(fileTime.atZone(zone)) + ".csv";
    }

    /** The file's key, {@code market-data/YYYY/MM/DD/{name}}, filed under its day in {@code zone}. */
    public String key(ZoneId zone) {
        return FeedLayout.MARKET_DATA.key(LocalDate.ofInstant(fileTime, zone), fileName(zone));
    }

    /** Parses a file name, or a whole key whose last path segment is the name; time in UTC. */
    public static MarketDataFileName parse(String fileName) {
        return parse(fileName, ZoneOffset.UTC);
    }

    /**
     * Parses with the name's time read in {@code zone}. In a daylight-saving overlap the earlier
     * instant is taken, and a time in a gap moves forward, as {@link ZonedDateTime#of} does.
     *
     * @throws IllegalArgumentException when the name does not follow the format or its date or
     *                                  time does not exist
     */
    public static MarketDataFileName parse(String fileName, ZoneId zone) {
        String name = fileName == null ? "" : fileName.substring(fileName.lastIndexOf('/') + 1);
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("file name `" + name + "` does not match " + FORMAT);
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    number(m, 4), number(m, 5), number(m, 6), number(m, 7), number(m, 8), number(m, 9));
            return new MarketDataFileName(
                    m.group(1),
                    m.group(2),
                    m.group(3),
                    ZonedDateTime.of(local, zone).toInstant());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "file name `" + name + "` has no valid date and time: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a whole key, {@code market-data/YYYY/MM/DD/{name}}, whose folders must name the
     * name's own date, as for every other feed (docs/adr/0005, 0013): a misfiled or future-dated
     * folder is caught here rather than steering a listing or an operator's search astray.
     *
     * @throws IllegalArgumentException when the key or the name does not follow the layout, or
     *                                  the folders name another day than the name
     */
    public static MarketDataFileName parseKey(String key, ZoneId zone) {
        DatedKey dated = DatedKey.parse(key, FeedLayout.MARKET_DATA, FORMAT);
        MarketDataFileName name = parse(dated.fileName(), zone);
        Matcher m = NAME.matcher(dated.fileName());
        m.matches(); // always true: parse accepted the name
        LocalDate nameDate = LocalDate.of(number(m, 4), number(m, 5), number(m, 6));
        if (!nameDate.equals(dated.folderDate())) {
            throw new IllegalArgumentException("file name `" + dated.fileName() + "` is dated " + nameDate
                    + " but lies in folder " + dated.folders());
        }
        return name;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
