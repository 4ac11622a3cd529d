package com.frgm.dashboard.ingest.s3;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The S3 source's settings; bucket names come from {@code frgm.ingest.env}. Endpoints, region
 * and credentials are not here on purpose: the AWS SDK reads them from the standard AWS
 * environment itself (ADR 0008).
 *
 * @param source           {@code local} (default), {@code s3}, or {@code none}: no source at all, for
 *                         tools and benchmarks that hand files to the ingestor themselves
 * @param sqsQueueUrl      queue of S3 event notifications; when empty the buckets are listed instead
 * @param sqsWaitTime      long-poll wait of one ReceiveMessage (at most 20 s, the SQS maximum)
 * @param s3ListInterval   pause between two listing passes
 * @param s3FullScanEvery  how often a listing pass ignores the cursor and lists every feed prefix whole
 * @param s3ReconcileEvery with SQS: pause between the reconciling listing passes that find files
 *                         whose notification was lost
 * @param s3ReconcileMinAge with SQS: the reconciler takes only files older than this, which their
 *                         notification should have brought in
 */
@ConfigurationProperties("frgm.ingest")
public record S3SourceProperties(
        String source,
        String sqsQueueUrl,
        Duration sqsWaitTime,
        Duration s3ListInterval,
        Duration s3FullScanEvery,
        Duration s3ReconcileEvery,
        Duration s3ReconcileMinAge) {

    public S3SourceProperties {
        source = source == null || source.isBlank() ? "local" : source.trim();
        if (!source.equals("local") && !source.equals("s3") && !source.equals("none")) {
            // A typo would otherwise start no source at all, silently.
            throw new IllegalArgumentException("frgm.ingest.source must be local, s3 or none, not " + source);
        }
        sqsQueueUrl = sqsQueueUrl == null || sqsQueueUrl.isBlank() ? null : sqsQueueUrl.trim();
        sqsWaitTime = sqsWaitTime == null ? Duration.ofSeconds(20) : sqsWaitTime;
        s3ListInterval = s3ListInterval == null ? Duration.ofMillis(500) : s3ListInterval;
        s3FullScanEvery = s3FullScanEvery == null ? Duration.ofMinutes(10) : s3FullScanEvery;
        s3ReconcileEvery = s3ReconcileEvery == null ? Duration.ofSeconds(60) : s3ReconcileEvery;
        s3ReconcileMinAge = s3ReconcileMinAge == null ? Duration.ofSeconds(30) : s3ReconcileMinAge;
    }

    public static S3SourceProperties defaults() {
        return new S3SourceProperties(null, null, null, null, null, null, null);
    }
}
