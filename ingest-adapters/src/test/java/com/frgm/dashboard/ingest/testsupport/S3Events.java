package com.frgm.dashboard.ingest.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The S3 event notification JSON that S3 sends to SQS, for tests that play S3's part. */
public final class S3Events {

    private S3Events() {}

    public static String objectCreated(String bucket, String key, long size) {
        return """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                  "eventTime":"2024-01-15T10:39:40.000Z","eventName":"ObjectCreated:Put",
                  "s3":{"s3SchemaVersion":"1.0","configurationId":"frgm-feeds",
                    "bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},
                    "object":{"key":"%s","size":%d,"eTag":"0","sequencer":"0055AED6DCD90281E5"}}}]}
                """.formatted(
                bucket, bucket, URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"), size);
    }

    public static String testEvent(String bucket) {
        return """
                {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2024-01-15T10:39:40.000Z",
                 "Bucket":"%s","RequestId":"5582815E1AEA5ADF","HostId":"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE"}
                """.formatted(bucket);
    }
}
