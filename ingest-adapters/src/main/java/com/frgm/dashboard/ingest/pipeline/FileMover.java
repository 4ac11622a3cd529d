package com.frgm.dashboard.ingest.pipeline;

import java.io.IOException;

/**
 * Where a source puts a file once its outcome is durable (docs/feeds.md 1): {@code processed/{key}},
 * or {@code rejected/{key}} with the report at {@code rejected/{key}.error.json}. The local
 * inbox and an S3 bucket each implement it for their storage.
 */
public interface FileMover {

    void moveToProcessed(FeedFile file, String contentSha256) throws IOException;

    /** Writes the report before the file, so a rejected file never sits there without its reason. */
    void moveToRejected(FeedFile file, byte[] reportJson) throws IOException;
}
