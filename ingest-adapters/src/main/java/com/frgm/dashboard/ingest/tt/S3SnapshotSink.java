package com.frgm.dashboard.ingest.tt;

import java.io.IOException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** One PutObject per snapshot; S3 makes an object visible only once it is complete. */
public final class S3SnapshotSink implements SnapshotSink {

    private final S3Client s3;
    private final String bucket;

    public S3SnapshotSink(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void write(String key, byte[] content) throws IOException {
        try {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType("application/json").build(),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new IOException("PutObject s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "s3://" + bucket;
    }
}
