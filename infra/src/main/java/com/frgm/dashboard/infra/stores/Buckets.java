package com.frgm.dashboard.infra.stores;

import com.frgm.dashboard.infra.Settings;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.amazon.awscdk.services.s3.TransitionDefaultMinimumObjectSize;
import software.amazon.awscdk.services.s3.notifications.SqsDestination;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The four buckets (docs/feeds.md 1, ADR 0010) and the notification queue of the S3 source (ADR 0008).
 * Versioned, SSE-S3 (no KMS: millions of small objects would make KMS requests a line of the
 * bill), TLS only, never public. Only the feed prefixes notify: our own moves into
 * {@code processed/} and {@code rejected/} would otherwise come back as notifications.
 */
public final class Buckets extends Construct {

    public static final List<String> ACTANT_FEEDS = List.of("market-data/", "sod/", "eod/");
    public static final List<String> TT_FEEDS = List.of("working-orders/");

    private final Bucket actant;
    private final Bucket tt;
    private final Bucket events;
    private final Bucket monitoring;
    private final Queue notifications;
    private final Queue deadLetters;

    Buckets(Construct scope, String id, Settings settings) {
        super(scope, id);
        actant = bucket("Actant", "frgm-actant-" + settings.env(), feedRules());
        tt = bucket("Tt", "frgm-tt-" + settings.env(), feedRules());
        // The archive is the event store's backup: segments are never expired; a re-cut after a
        // crash overwrites a segment, and the version it replaced is kept 30 days.
        events = bucket("Events", "frgm-events-" + settings.env(), List.of(noncurrentVersions()));
        // Load balancer access logs (ADR 0012); nothing reads them but people.
        monitoring = bucket(
                "Monitoring",
                "frgm-monitoring-" + settings.env(),
                List.of(
                        noncurrentVersions(),
                        LifecycleRule.builder()
                                .id("expire-logs")
                                .expiration(Duration.days(90))
                                .build()));

        deadLetters = Queue.Builder.create(this, "NotificationDeadLetters")
                .queueName(settings.name("feed-notifications-dlq"))
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        notifications = Queue.Builder.create(this, "Notifications")
                .queueName(settings.name("feed-notifications"))
                // Longer than one file's ingest: a message in flight is not handed out twice.
                .visibilityTimeout(Duration.seconds(60))
                .retentionPeriod(Duration.days(4))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                // A notification the consumer keeps failing on is parked, not retried for ever.
                .deadLetterQueue(DeadLetterQueue.builder()
                        .queue(deadLetters)
                        .maxReceiveCount(5)
                        .build())
                .build();
        notify(actant, ACTANT_FEEDS);
        notify(tt, TT_FEEDS);
    }

    private void notify(Bucket bucket, List<String> prefixes) {
        for (String prefix : prefixes) {
            bucket.addEventNotification(
                    EventType.OBJECT_CREATED,
                    new SqsDestination(notifications),
                    NotificationKeyFilter.builder().prefix(prefix).build());
        }
    }

    /**
     * Processed files go to Glacier after 30 days, as the desk asked. Objects under 128 KB stay
     * in Standard (S3's default, stated here so nobody "fixes" it): most feed files are a few
     * KB, and moving them would cost a transition request and Glacier's 40 KB per-object
     * overhead each, more than they cost in Standard (docs/cost.md). Moves leave the original
     * key behind as a noncurrent version; those expire after 30 days.
     */
    private static List<LifecycleRule> feedRules() {
        List<LifecycleRule> rules = new ArrayList<>();
        rules.add(LifecycleRule.builder()
                .id("processed-to-glacier")
                .prefix("processed/")
                .transitions(List.of(Transition.builder()
                        .storageClass(StorageClass.GLACIER)
                        .transitionAfter(Duration.days(30))
                        .build()))
                .build());
        rules.add(noncurrentVersions());
        return rules;
    }

    private static LifecycleRule noncurrentVersions() {
        return LifecycleRule.builder()
                .id("noncurrent-versions")
                .noncurrentVersionExpiration(Duration.days(30))
                .abortIncompleteMultipartUploadAfter(Duration.days(1))
                .build();
    }

    private Bucket bucket(String id, String name, List<LifecycleRule> rules) {
        List<LifecycleRule> all = new ArrayList<>(rules);
        // A moved file leaves a delete marker on its old key; once its versions expired, drop it.
        all.add(LifecycleRule.builder()
                .id("expired-delete-markers")
                .expiredObjectDeleteMarker(true)
                .build());
        return Bucket.Builder.create(this, id)
                .bucketName(name)
                .versioned(true)
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .transitionDefaultMinimumObjectSize(TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K)
                .lifecycleRules(all)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    public Bucket actant() {
        return actant;
    }

    public Bucket tt() {
        return tt;
    }

    public Bucket events() {
        return events;
    }

    public Bucket monitoring() {
        return monitoring;
    }

    public Queue notifications() {
        return notifications;
    }

    public Queue deadLetters() {
        return deadLetters;
    }
}
