package com.frgm.dashboard.ingest.pipeline;

/**
 * A complete file waiting to be ingested, wherever it lives: {@code bucket} and {@code key}
 * follow the docs/feeds.md layout; {@code source} opens its bytes. {@code version} names the exact
 * version read where the store has versions (an S3 ETag), so that moving the file never moves
 * or deletes a newer upload to the same key; null where it has none.
 */
public record FeedFile(String bucket, String key, long size, String version, ContentSource source) {

    public FeedFile(String bucket, String key, long size, ContentSource source) {
        this(bucket, key, size, null, source);
    }

    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @FunctionalInterface
    public interface ContentSource {
        java.io.InputStream open() throws java.io.IOException;
    }
}
