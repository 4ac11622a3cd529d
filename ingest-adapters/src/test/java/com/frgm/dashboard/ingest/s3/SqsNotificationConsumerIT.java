package com.frgm.dashboard.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import com.frgm.dashboard.ingest.testsupport.ElasticMqServer;
import com.frgm.dashboard.ingest.testsupport.S3Events;
import com.frgm.dashboard.ingest.testsupport.S3MockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The SQS notification path against ElasticMQ, S3Mock and PostgreSQL. */
class SqsNotificationConsumerIT {

    private static final String QUOTE = "market-data/2024/01/15/GE_XCME.ZN_20240115_103938.csv";
    private static final AtomicInteger ENVS = new AtomicInteger();

    static S3SourceFixture fixture;
    static SqsClient sqs;

    IngestProperties env;
    String queueUrl;
    FileIngestor ingestor;
    SqsNotificationConsumer consumer;
    SimpleMeterRegistry meters;

    @BeforeAll
    static void start() throws Exception {
        fixture = new S3SourceFixture();
        sqs = ElasticMqServer.shared().client();
    }

    @AfterAll
    static void stop() throws Exception {
        sqs.close();
        fixture.close();
    }

    @BeforeEach
    void freshEnvAndQueue() {
        fixture.forgetIngestedFiles();
        int n = ENVS.incrementAndGet();
        env = fixture.properties("sqs" + n, 64 << 20);
        S3MockServer.shared().createBuckets(env.actantBucket(), env.ttBucket());
        queueUrl = ElasticMqServer.shared().createQueue("feeds-" + n, 30);
        ingestor = fixture.ingestor(env);
        meters = new SimpleMeterRegistry();
        S3Objects objects = new S3Objects(fixture.s3);
        consumer = new SqsNotificationConsumer(
                sqs,
                objects,
                fixture.drain(objects, env),
                new S3SourceProperties("s3", queueUrl, Duration.ofSeconds(1), null, null, null, null),
                DrainProperties.defaults(),
                meters);
    }

    private void notifyCreated(String bucket, String key) {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(S3Events.objectCreated(bucket, key, 100)));
    }

    private double messages(String outcome) {
        var counter =
                meters.find("frgm.ingest.sqs.messages").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private int messagesLeft() {
        var attributes = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void ingestsTheNotifiedFileMovesItAndDeletesTheMessage() throws Exception {
        fixture.upload(env.actantBucket(), QUOTE, "GE_XCME.ZN_20240115_103938.csv");
        notifyCreated(env.actantBucket(), QUOTE);
        int before = fixture.commands.get();

        assertThat(consumer.receiveOnce()).isEqualTo(1);

        assertThat(fixture.commands.get() - before).isEqualTo(1);
        assertThat(fixture.exists(env.actantBucket(), "processed/" + QUOTE)).isTrue();
        assertThat(fixture.exists(env.actantBucket(), QUOTE)).isFalse();
        assertThat(messagesLeft()).isZero();
    }

    @Test
    void aBurstOfNotificationsIsReceivedInBatchesAndEachFeedAppliedInKeyOrder() throws Exception {
        String sample = new String(S3SourceFixture.sample("GE_XCME.ZN_20240115_103938.csv"), StandardCharsets.UTF_8);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String key = String.format("market-data/2024/01/15/GE_XCME.ZN_20240115_1050%02d.csv", i);
            String content = sample.replace(",10486,", "," + (70_000 + i) + ",");
            fixture.s3.putObject(r -> r.bucket(env.actantBucket()).key(key), RequestBody.fromString(content));
            keys.add(key);
        }
        // Notified newest first: the worst order a queue could hand them over in.
        List<String> newestFirst = new ArrayList<>(keys);
        Collections.reverse(newestFirst);
        newestFirst.forEach(key -> notifyCreated(env.actantBucket(), key));

        assertThat(consumer.receiveOnce())
                .as("one full receive and two more at once")
                .isEqualTo(24);

        assertThat(fixture.jdbc.queryForList("SELECT file_key FROM ingested_file ORDER BY ingested_at", String.class))
                .containsExactlyElementsOf(keys);
        assertThat(messagesLeft()).isZero();
        assertThat(messages("deleted")).isEqualTo(24);
    }

    @Test
    void theMessageStaysUntilTheFilesEventsAreCommitted() throws Exception {
        fixture.upload(env.actantBucket(), QUOTE, "GE_XCME.ZN_20240115_103938.csv");
        notifyCreated(env.actantBucket(), QUOTE);
        fixture.failNext.set(1);

        assertThat(consumer.receiveOnce()).isZero();
        assertThat(messagesLeft()).isEqualTo(1);
        assertThat(fixture.exists(env.actantBucket(), QUOTE)).isTrue();
        assertThat(fixture.ingestedFiles()).isZero();

        // Redelivered after the 1 s visibility the consumer set; the database is back.
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.receiveOnce() == 1);
        assertThat(fixture.ingestedFiles()).isEqualTo(1);
        assertThat(fixture.exists(env.actantBucket(), "processed/" + QUOTE)).isTrue();
        assertThat(messagesLeft()).isZero();
        assertThat(messages("redelivered")).isGreaterThanOrEqualTo(1);
        assertThat(messages("deleted")).isEqualTo(1);
    }

    @Test
    void aRedeliveryAfterTheCommitIsADuplicateAndOnlyMovesTheFile() throws Exception {
        fixture.upload(env.actantBucket(), QUOTE, "GE_XCME.ZN_20240115_103938.csv");
        // A node committed the file and died before moving it or deleting the message.
        assertThat(ingestor.ingest(new S3Objects(fixture.s3)
                        .file(
                                env.actantBucket(),
                                fixture.s3
                                        .listObjectsV2(r ->
                                                r.bucket(env.actantBucket()).prefix(QUOTE))
                                        .contents()
                                        .get(0))))
                .isInstanceOf(IngestOutcome.Accepted.class);
        int committed = fixture.commands.get();
        notifyCreated(env.actantBucket(), QUOTE);

        assertThat(consumer.receiveOnce()).isEqualTo(1);

        assertThat(fixture.commands.get()).isEqualTo(committed);
        assertThat(fixture.ingestedFiles()).isEqualTo(1);
        assertThat(fixture.exists(env.actantBucket(), "processed/" + QUOTE)).isTrue();
        assertThat(fixture.exists(env.actantBucket(), QUOTE)).isFalse();
        // And the same notification once more: the file is gone, the message is acknowledged.
        notifyCreated(env.actantBucket(), QUOTE);
        assertThat(consumer.receiveOnce()).isEqualTo(1);
        assertThat(messagesLeft()).isZero();
    }

    @Test
    void aMalformedFileIsRejectedWithItsReportBeforeTheMessageGoes() throws Exception {
        String bad = "market-data/2024/01/15/GE_XCME.ZN_20240115_104002.csv";
        fixture.upload(env.actantBucket(), bad, "malformed/not-a-number.csv");
        notifyCreated(env.actantBucket(), bad);

        assertThat(consumer.receiveOnce()).isEqualTo(1);

        assertThat(fixture.exists(env.actantBucket(), bad)).isFalse();
        assertThat(fixture.exists(env.actantBucket(), "rejected/" + bad)).isTrue();
        assertThat(fixture.read(env.actantBucket(), "rejected/" + bad + ".error.json"))
                .contains("\"column\" : \"bid_size\"")
                .contains("`25O` is not an integer");
        assertThat(messagesLeft()).isZero();
    }

    @Test
    void acknowledgesTestEventsOurOwnMovesAndKeysThatAreNoFeed() throws Exception {
        String stray = "notes/readme.txt";
        fixture.s3.putObject(
                r -> r.bucket(env.actantBucket()).key(stray),
                software.amazon.awssdk.core.sync.RequestBody.fromString("not a feed"));
        for (String body : List.of(
                S3Events.testEvent(env.actantBucket()),
                S3Events.objectCreated(env.actantBucket(), "processed/" + QUOTE, 10),
                S3Events.objectCreated(env.actantBucket(), "rejected/" + QUOTE + ".error.json", 10),
                S3Events.objectCreated(env.actantBucket(), stray, 10),
                "not json at all")) {
            sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            consumer.receiveOnce();
            return messagesLeft() == 0;
        });
        assertThat(fixture.exists(env.actantBucket(), stray)).isTrue();
        assertThat(fixture.ingestedFiles()).isZero();
        assertThat(messages("dropped")).isEqualTo(1);
        assertThat(messages("deleted")).isEqualTo(5);
    }
}
