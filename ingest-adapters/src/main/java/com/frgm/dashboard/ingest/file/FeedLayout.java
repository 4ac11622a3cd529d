package com.frgm.dashboard.ingest.file;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where each kind of feed file lies (docs/feeds.md 1): its bucket, its folder in the bucket, the
 * name the pipeline knows it by, and where an ingested or rejected file goes. The sources, the
 * movers, the demo feed, the TT poller, feed health and the benchmarks ask here rather than
 * spelling the paths themselves; the file-name records ({@code MarketDataFileName},
 * {@code PositionFileName}, {@code SnapshotFileName}) own what comes after the dated folders.
 */
public enum FeedLayout {
    MARKET_DATA("market-data", Bucket.ACTANT, "market-data"),
    START_OF_DAY("sod", Bucket.ACTANT, "sod"),
    END_OF_DAY("eod", Bucket.ACTANT, "eod"),
    WORKING_ORDERS("tt-orders", Bucket.TT, "working-orders");

    /** The folder in every bucket that ingested files move to: {@code processed/{key}}. */
    public static final String PROCESSED = "processed";
    /** The folder in every bucket that rejected files move to, with their reports. */
    public static final String REJECTED = "rejected";
    /** What a rejection report's key adds to the rejected file's. */
    public static final String REPORT_SUFFIX = ".error.json";

    private final String kind;
    private final Bucket bucket;
    private final String folder;

    FeedLayout(String kind, Bucket bucket, String folder) {
        this.kind = kind;
        this.bucket = bucket;
        this.folder = folder;
    }

    /** The feed kind's name in metrics, logs, events and feed health, e.g. {@code tt-orders}. */
    public String kind() {
        return kind;
    }

    public Bucket bucket() {
        return bucket;
    }

    /** The bucket's name in an environment, e.g. {@code frgm-actant-dev}. */
    public String bucket(String env) {
        return bucket.named(env);
    }

    /** The key's first folder, e.g. {@code working-orders}. */
    public String folder() {
        return folder;
    }

    /** What every key of the kind starts with, e.g. {@code market-data/}. */
    public String prefix() {
        return folder + "/";
    }

    /** Whether a key lies in this kind's folder (not in processed/ or rejected/). */
    public boolean holds(String key) {
        return key != null && key.startsWith(prefix());
    }

    /** The key {@code {folder}/YYYY/MM/DD/{fileName}} of a file filed under {@code folderDate}. */
    public String key(LocalDate folderDate, String fileName) {
        return prefix() + folders(folderDate) + "/" + fileName;
    }

    /** The expected shape of a key, for messages: {@code {folder}/YYYY/MM/DD/{name}}. */
    public String keyFormat(String nameFormat) {
        return prefix() + "YYYY/MM/DD/" + nameFormat;
    }

    /** Where an ingested file moves to in its bucket. */
    public static String processedKey(String key) {
        return PROCESSED + "/" + key;
    }

    /** Where a rejected file moves to in its bucket. */
    public static String rejectedKey(String key) {
        return REJECTED + "/" + key;
    }

    /** Where the report of a rejected file's problems lies, beside it. */
    public static String reportKey(String key) {
        return rejectedKey(key) + REPORT_SUFFIX;
    }

    /** The key a file had before it moved to processed/, or null when the key is not in processed/. */
    public static String unprocessedKey(String processedKey) {
        return isProcessed(processedKey) ? processedKey.substring(PROCESSED.length() + 1) : null;
    }

    /** Whether a key lies in processed/. */
    public static boolean isProcessed(String key) {
        return key.startsWith(PROCESSED + "/");
    }

    /** Whether a key lies in processed/ or rejected/: where the pipeline put it, never to ingest again. */
    public static boolean isMoved(String key) {
        return isProcessed(key) || key.startsWith(REJECTED + "/");
    }

    /** Whether a bucket's top-level folder is processed/ or rejected/. */
    public static boolean isOutboxFolder(String name) {
        return PROCESSED.equals(name) || REJECTED.equals(name);
    }

    /** Folders as they stand in a key, e.g. {@code 2024/01/15}. */
    public static String folders(LocalDate date) {
        return String.format(Locale.ROOT, "%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The two buckets the feed server writes to, one per vendor. */
    public enum Bucket {
        ACTANT("frgm-actant-"),
        TT("frgm-tt-");

        private final String namePrefix;

        Bucket(String namePrefix) {
            this.namePrefix = namePrefix;
        }

        /** The bucket's name in an environment: {@code frgm-actant-{env}}. */
        public String named(String env) {
            return namePrefix + env;
        }
    }
}
