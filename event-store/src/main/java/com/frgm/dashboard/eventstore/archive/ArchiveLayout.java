package com.frgm.dashboard.eventstore.archive;

import java.time.LocalDate;

/**
 * Object names inside the archive location. A segment is named by its first global index,
 * zero-padded so that names sort in global order; a re-upload after a crash therefore
 * overwrites the same object instead of adding a second copy.
 */
public final class ArchiveLayout {

    public static final String SEGMENTS = "segments/";
    public static final String MANIFEST = "manifest/";
    public static final String INDEX = "index/";

    private ArchiveLayout() {}

    public static String segmentKey(long firstGlobalIndex) {
        return SEGMENTS + "%020d".formatted(firstGlobalIndex) + ".jsonl.gz";
    }

    public static String manifestKey(long firstGlobalIndex) {
        return MANIFEST + "%020d".formatted(firstGlobalIndex) + ".json";
    }

    /** A compacted segment: named by both ends, so it never takes a small segment's name. */
    public static String compactedSegmentKey(long firstGlobalIndex, long lastGlobalIndex) {
        return SEGMENTS + "%020d-%020d".formatted(firstGlobalIndex, lastGlobalIndex) + ".jsonl.gz";
    }

    /** The index of one business day's compacted segments ({@link ArchiveIndex}). */
    public static String indexKey(LocalDate day) {
        return INDEX + day + ".json";
    }

    /** The first global index a manifest entry's key names, or -1 for another key. */
    static long manifestKeyIndex(String key) {
        if (!key.startsWith(MANIFEST) || !key.endsWith(".json")) {
            return -1;
        }
        try {
            return Long.parseLong(key.substring(MANIFEST.length(), key.length() - ".json".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
