package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.ingest.file.FeedLayout;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What a drain asks S3 once per feed instead of once per file (ADR 0020): one listing of
 * {@code processed/} over the feed's key range tells which targets hold an earlier version
 * already, where the single move asks with a HEAD per file. (DeleteObjects would batch the
 * deletes too, but S3Mock ignores its per-object ETag condition, and a server that does would
 * delete a newer upload under the key: deletes stay one conditional DeleteObject per file.)
 */
final class S3ProcessedListing {

    private final S3Client s3;

    S3ProcessedListing(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * The ETags of what is already at {@code processed/{key}}, for the keys from {@code first} to
     * {@code last} (one feed's, all under one top folder), by key.
     */
    Map<String, String> processed(String bucket, String first, String last) throws IOException {
        String from = FeedLayout.processedKey(first);
        String to = FeedLayout.processedKey(last);
        Map<String, String> found = new HashMap<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket)
                            .prefix(FeedLayout.processedKey(first.substring(0, first.indexOf('/') + 1)))
                            .startAfter(from.substring(0, from.length() - 1)))
                    .contents()) {
                if (object.key().compareTo(to) > 0) {
                    break;
                }
                found.put(FeedLayout.unprocessedKey(object.key()), object.eTag());
            }
        } catch (SdkException e) {
            throw new IOException("ListObjectsV2 s3://" + bucket + "/" + from + " failed: " + e.getMessage(), e);
        }
        return found;
    }
}
