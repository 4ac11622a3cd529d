package com.frgm.dashboard.eventstore.archive;

/**
 * Object names inside the archive location. A segment is named by its first global index,
 * zero-padded so that names sort in global order; a re-upload after a crash therefore
 * overwrites the same object instead of adding a second copy.
 */
public final class ArchiveLayout {

    public static final String SEGMENTS = "segments/";
    public static final String MANIFEST = "manifest/";

    private ArchiveLayout() {
    }

    public static String segmentKey(long firstGlobalIndex) {
        return SEGMENTS + "%020d".formatted(firstGlobalIndex) + ".jsonl.gz";
    }

    public static String manifestKey(long firstGlobalIndex) {
        return MANIFEST + "%020d".formatted(firstGlobalIndex) + ".json";
    }
}
