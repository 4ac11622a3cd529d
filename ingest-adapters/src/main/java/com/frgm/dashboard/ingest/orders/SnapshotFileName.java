package com.frgm.dashboard.ingest.orders;

import com.frgm.dashboard.ingest.file.DatedKey;
import com.frgm.dashboard.ingest.file.FeedLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TT snapshot's key, {@code working-orders/YYYY/MM/DD/orders_snapshot_{epochSeconds}.json}
 * (docs/feeds.md 1). The epoch seconds are the snapshot time (docs/feeds.md 5); the folders must name the
 * day that instant falls on in the feed's zone (UTC unless configured otherwise), so a snapshot
 * filed under the wrong day is caught rather than silently ordered by a time nobody checked.
 */
public record SnapshotFileName(Instant snapshotTime) {

    private static final String FORMAT = "orders_snapshot_{epochSeconds}.json";
    /** Twelve digits reach the year 33658: more is no time a feed can mean, and could overflow. */
    private static final Pattern NAME = Pattern.compile("orders_snapshot_(\\d{1,12})\\.json");

    /** The snapshot's key, filed under the day its time falls on in {@code zone}. */
    public String key(ZoneId zone) {
        return FeedLayout.WORKING_ORDERS.key(
                LocalDate.ofInstant(snapshotTime, zone), "orders_snapshot_" + snapshotTime.getEpochSecond() + ".json");
    }

    public static SnapshotFileName parse(String key) {
        return parse(key, ZoneOffset.UTC);
    }

    /**
     * @throws IllegalArgumentException when the key does not follow the layout or the folders
     *                                  name another day than the epoch seconds
     */
    public static SnapshotFileName parse(String key, ZoneId zone) {
        DatedKey dated = DatedKey.parse(key, FeedLayout.WORKING_ORDERS, FORMAT);
        Matcher m = NAME.matcher(dated.fileName());
        if (!m.matches()) {
            throw new IllegalArgumentException("file name `" + dated.fileName() + "` does not match " + FORMAT);
        }
        Instant time = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
        LocalDate day = LocalDate.ofInstant(time, zone);
        if (!day.equals(dated.folderDate())) {
            throw new IllegalArgumentException("file name `" + dated.fileName() + "` is the snapshot time " + time
                    + " (" + day + " in " + zone + ") but lies in folder " + dated.folders());
        }
        return new SnapshotFileName(time);
    }
}
