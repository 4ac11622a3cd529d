package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.ingest.testsupport.ElasticMqServer;
import com.frgm.dashboard.ingest.testsupport.S3Events;
import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The whole application with {@code FRGM_INGEST_SOURCE=s3} and {@code FRGM_SQS_QUEUE_URL}: S3
 * event notifications from ElasticMQ. S3Mock sends no notifications, so the test sends the
 * event S3 would send, after each upload.
 */
class S3NotificationIngestIT {

    private static final String DAY = "2024/01/15/";

    @TempDir
    static Path dataDir;

    static RunningApp app;
    static S3Samples s3;
    static SqsClient sqs;
    static String queueUrl;

    @BeforeAll
    static void start() {
        s3 = new S3Samples("s3sqs");
        sqs = ElasticMqServer.shared().client();
        queueUrl = ElasticMqServer.shared().createQueue("frgm-feeds-s3sqs", 30);
        app = RunningApp.startWithS3(
                dataDir,
                "s3sqs",
                S3MockServer.shared().endpoint(),
                ElasticMqServer.shared().endpoint(),
                queueUrl,
                "--frgm.ingest.s3-reconcile-every=300ms",
                "--frgm.ingest.s3-reconcile-min-age=3s");
    }

    @AfterAll
    static void stop() {
        app.close();
        sqs.close();
        s3.close();
    }

    private static void notifyCreated(String bucket, String key) {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(S3Events.objectCreated(bucket, key, 100)));
    }

    private static int messagesLeft() {
        var attributes = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void anUploadWhoseNotificationWasLostIsTakenByTheReconcilingListing() {
        String quote = "market-data/2024/01/18/GE_XCME.ZN_20240118_093000.csv";
        s3.upload(s3.actantBucket, "market-data/GE_XCME.ZN_20240115_103939.csv", quote);
        // No notification is sent: it was lost, or expired in the queue.

        await().atMost(Duration.ofSeconds(20)).until(() -> s3.movedTo("processed", s3.actantBucket, quote));
    }

    @Test
    void aNotifiedUploadReachesRedisAndItsRedeliveryAddsNothing() {
        String quote = "market-data/" + DAY + "GE_XCME.ZN_20240115_103938.csv";
        String orders = "working-orders/" + DAY + "orders_snapshot_1705315178.json";
        long eventsBefore = app.eventCount();
        s3.upload(s3.actantBucket, "market-data/GE_XCME.ZN_20240115_103938.csv", quote);
        s3.upload(s3.ttBucket, "working-orders/orders_snapshot_1705315178.json", orders);
        notifyCreated(s3.actantBucket, quote);
        notifyCreated(s3.ttBucket, orders);

        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> {
                    assertThat(app.redis().hget("actant:market:ZNH24", "bid")).isNotNull();
                    assertThat(app.redis().hlen("tt:orders:active")).isPositive();
                });
        await().atMost(Duration.ofSeconds(5)).until(() -> messagesLeft() == 0);
        long events = app.eventCount();
        assertThat(events).isGreaterThan(eventsBefore);
        assertThat(s3.movedTo("processed", s3.actantBucket, quote)).isTrue();

        // At-least-once delivery: the same notification again, and the same content re-dropped.
        notifyCreated(s3.actantBucket, quote);
        s3.upload(s3.actantBucket, "market-data/GE_XCME.ZN_20240115_103938.csv", quote);
        notifyCreated(s3.actantBucket, quote);

        await().atMost(Duration.ofSeconds(5)).until(() -> messagesLeft() == 0 && !s3.exists(s3.actantBucket, quote));
        assertThat(app.eventCount()).isEqualTo(events);
    }

    @Test
    void aMalformedNotifiedFileIsRejectedWithItsReport() {
        String bad = "market-data/" + DAY + "GE_XCME.ZN_20240115_104003.csv";
        s3.upload(s3.actantBucket, "malformed/missing-instrument-column.csv", bad);
        notifyCreated(s3.actantBucket, bad);

        await().atMost(Duration.ofSeconds(5)).until(() -> s3.exists(s3.actantBucket, "rejected/" + bad));
        assertThat(s3.read(s3.actantBucket, "rejected/" + bad + ".error.json"))
                .contains("required column `instrument` is missing");
        await().atMost(Duration.ofSeconds(5)).until(() -> messagesLeft() == 0);
        assertThat(s3.exists(s3.actantBucket, bad)).isFalse();
    }
}
