package com.frgm.dashboard.ingest.pipeline;

/**
 * A complete file waiting to be ingested, wherever it lives: {@code bucket} and {@code key}
 * follow the FEEDS.md layout; {@code source} opens its bytes.
 */
public record FeedFile(String bucket, String key, long size, ContentSource source) {

    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @FunctionalInterface
    public interface ContentSource {
        java.io.InputStream open() throws java.io.IOException;
    }
}
