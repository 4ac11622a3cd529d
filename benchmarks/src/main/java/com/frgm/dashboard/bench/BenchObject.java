package com.frgm.dashboard.bench;

import java.nio.charset.StandardCharsets;

/** One synthetic feed file as an S3 object. */
record BenchObject(String bucket, String key, byte[] content) {

    /** File {@code file} of {@code kind}, with {@code rows} rows (orders for TT snapshots). */
    static BenchObject of(BenchFeed kind, int file, int rows) {
        return new BenchObject(
                kind.bucket(), kind.key(file), kind.content(file, rows).getBytes(StandardCharsets.UTF_8));
    }
}
