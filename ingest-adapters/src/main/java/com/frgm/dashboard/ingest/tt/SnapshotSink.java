package com.frgm.dashboard.ingest.tt;

import java.io.IOException;

/** Where a snapshot file goes: the TT bucket, in S3 or in the local inbox. */
public interface SnapshotSink {

    /** Stores {@code content} under {@code key} so that a reader never sees it half-written. */
    void write(String key, byte[] content) throws IOException;

    /** For logs: the bucket or directory written to. */
    String describe();
}
