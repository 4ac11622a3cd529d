package com.frgm.dashboard.app.it.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Keys as docs/feeds.md 1 lays them out, for the buckets of env {@code dev}. */
final class FeedLayout {

    static final String ACTANT = "frgm-actant-dev";
    static final String TT = "frgm-tt-dev";

    private static final DateTimeFormatter FOLDERS = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final DateTimeFormatter NAME_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private FeedLayout() {}

    static String marketData(Instant time) {
        return marketData(LocalDate.ofInstant(time, ZoneOffset.UTC), time);
    }

    /** With the folders of {@code folder}, which may differ from the name's date. */
    static String marketData(LocalDate folder, Instant time) {
        return "market-data/" + FOLDERS.format(folder) + "/GE_XCME.ZN_"
                + NAME_TIME.format(time.atOffset(ZoneOffset.UTC)) + ".csv";
    }

    static String position(String feed, LocalDate date) {
        return position(feed, date, date);
    }

    static String position(String feed, LocalDate folder, LocalDate date) {
        return feed + "/" + FOLDERS.format(folder) + "/actant_" + feed + "_" + NAME_DATE.format(date) + ".csv";
    }

    static String snapshot(Instant time) {
        return snapshot(LocalDate.ofInstant(time, ZoneOffset.UTC), time);
    }

    static String snapshot(LocalDate folder, Instant time) {
        return "working-orders/" + FOLDERS.format(folder) + "/orders_snapshot_" + time.getEpochSecond() + ".json";
    }
}
