package com.frgm.dashboard.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A backlog of every feed kind, made from the samples: two market-data feeds whose every file
 * moves the ZN or ZB quotes, start- and end-of-day files of three dates and TT snapshots in
 * which orders appear, change and go. Each feed's last file decides its Redis state, so files
 * applied out of their order leave another state than the one-by-one upload.
 */
record BurstFiles(String bucket, String key, String content) {

    static final String DAY = "2024/01/15/";

    static List<BurstFiles> all(String actantBucket, String ttBucket) throws IOException {
        List<BurstFiles> files = new ArrayList<>();
        String market = RunningApp.sample("market-data/GE_XCME.ZN_20240115_103939.csv");
        for (int i = 0; i < 12; i++) {
            String time = String.format(Locale.ROOT, "10:41:%02d", i);
            String content = market.replace("10:39:39", time)
                    .replace(",10701,", "," + (60_000 + i) + ",")
                    .replace("112.515625,121,", "112.515625," + (200 + i) + ",");
            files.add(new BurstFiles(
                    actantBucket,
                    "market-data/" + DAY + "GE_XCME.ZN_20240115_1041" + time.substring(6) + ".csv",
                    content));
            files.add(new BurstFiles(
                    actantBucket,
                    "market-data/" + DAY + "GE_XCME.ZB_20240115_1041" + time.substring(6) + ".csv",
                    content.replace("ZNH24", "ZBH24")));
        }
        String sod = RunningApp.sample("sod/actant_sod_20240115.csv");
        String eod = RunningApp.sample("eod/actant_eod_20240115.csv");
        for (int day = 15; day <= 17; day++) {
            String folder = "2024/01/" + day + "/";
            files.add(new BurstFiles(
                    actantBucket,
                    "sod/" + folder + "actant_sod_202401" + day + ".csv",
                    sod.replace("FRGM01,ZNH24,24,", "FRGM01,ZNH24," + (24 + day) + ",")));
            files.add(new BurstFiles(
                    actantBucket,
                    "eod/" + folder + "actant_eod_202401" + day + ".csv",
                    eod.replace("FRGM01,ZNH24,-33,", "FRGM01,ZNH24," + (-33 - day) + ",")));
        }
        for (int i = 0; i < 8; i++) {
            long time = 1_705_315_300L + 30L * i;
            files.add(new BurstFiles(
                    ttBucket, "working-orders/" + DAY + "orders_snapshot_" + time + ".json", snapshot(i, time)));
        }
        return files;
    }

    /** Order 1 moves its price, order 2 its quantity, order 3 is working every other snapshot; nothing fills. */
    private static String snapshot(int i, long time) {
        List<String> orders = new ArrayList<>();
        orders.add(order("9101", "BUY", 112.40625 + i / 64.0, 10, time));
        orders.add(order("9102", "SELL", 112.59375, 10 + i, time));
        if (i % 2 == 0) {
            orders.add(order("9103", "BUY", 112.375, 5, time));
        }
        return "[" + String.join(",", orders) + "]";
    }

    private static String order(String id, String side, double price, int qty, long time) {
        return String.format(
                Locale.ROOT,
                "{\"order_id\":\"%s\",\"account\":\"FRGM01\",\"instrument\":\"ZNH24\","
                        + "\"side\":\"%s\",\"price\":%s,\"qty\":%d,\"filled_qty\":0,\"status\":\"WORKING\","
                        + "\"updated_at\":\"%s\"}",
                id,
                side,
                price,
                qty,
                Instant.ofEpochSecond(time));
    }

    /** Writes the files of {@code bucket} under {@code directory} by key, for {@code aws s3 cp --recursive}. */
    static Path writeTree(List<BurstFiles> files, String bucket, Path directory) throws IOException {
        for (BurstFiles file : files) {
            if (file.bucket().equals(bucket)) {
                Path target = directory.resolve(file.key());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content());
            }
        }
        return directory;
    }

    String feedKind() {
        return key.substring(0, key.indexOf('/'));
    }
}
