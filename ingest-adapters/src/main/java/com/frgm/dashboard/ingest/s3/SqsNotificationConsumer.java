package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.eventstore.worker.Backoff;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileIngestor;
import com.frgm.dashboard.ingest.pipeline.FileSettler;
import com.frgm.dashboard.ingest.pipeline.IngestOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The S3 source with notifications: long-polls the SQS queue that both buckets notify, and
 * deletes a message only once every file it names has a durable outcome and has been moved.
 * Anything else leaves the message in the queue; SQS delivers it again after its visibility
 * timeout, which is set here to a backoff growing with the receive count. A redelivery of a
 * file already committed is a duplicate by content hash (ADR 0008).
 */
public class SqsNotificationConsumer extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(SqsNotificationConsumer.class);
    private static final int MAX_MESSAGES = 10;
    /** 1 s after the first receive, doubling, at most a minute. */
    private static final Backoff REDELIVERY = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), Backoff.Jitter.NONE);

    private final SqsClient sqs;
    private final String queueUrl;
    private final S3Objects objects;
    private final FileIngestor ingestor;
    private final S3SourceProperties properties;
    private final FileSettler settler;
    private final MeterRegistry meters;

    SqsNotificationConsumer(SqsClient sqs, S3Objects objects, FileIngestor ingestor, S3SourceProperties properties,
                            Clock clock, MeterRegistry meters) {
        super("inbox-s3-sqs");
        this.sqs = sqs;
        this.queueUrl = properties.sqsQueueUrl();
        this.objects = objects;
        this.ingestor = ingestor;
        this.properties = properties;
        this.settler = new FileSettler(clock);
        this.meters = meters;
    }

    @Override
    protected void runOnce() {
        receiveOnce();
    }

    /** One long poll and the handling of what it returned; returns the messages deleted. */
    public int receiveOnce() {
        int waitSeconds = (int) Math.min(20, Math.max(0, properties.sqsWaitTime().toSeconds()));
        int deleted = 0;
        for (Message message : sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(MAX_MESSAGES)
                .waitTimeSeconds(waitSeconds)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages()) {
            if (handle(message)) {
                sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                count("deleted");
                deleted++;
            } else {
                delayRedelivery(message);
                count("redelivered");
            }
        }
        return deleted;
    }

    /** True when the message may be deleted: every file it names is settled or not ours. */
    private boolean handle(Message message) {
        S3EventNotification notification;
        try {
            notification = S3EventNotification.parse(message.body());
        } catch (IllegalArgumentException e) {
            // Redelivering it would fail the same way forever.
            log.warn("Dropped SQS message {}: not an S3 event notification ({})", message.messageId(), e.getMessage());
            count("dropped");
            return true;
        }
        boolean done = true;
        for (S3EventNotification.ObjectRef ref : notification.created()) {
            done &= handle(ref);
        }
        return done;
    }

    private boolean handle(S3EventNotification.ObjectRef ref) {
        String id = ref.bucket() + "/" + ref.key();
        if (ref.key().startsWith("processed/") || ref.key().startsWith("rejected/")) {
            return true; // our own moves notify too
        }
        try {
            Optional<FeedFile> file = objects.current(ref.bucket(), ref.key());
            if (file.isEmpty()) {
                log.debug("s3://{} is gone: handled already (a redelivery)", id);
                return true;
            }
            IngestOutcome outcome = ingestor.ingest(file.get());
            if (outcome instanceof IngestOutcome.Unsupported) {
                log.debug("Ignored s3://{}: not a feed file", id);
                return true;
            }
            return settler.settle(file.get(), outcome, objects);
        } catch (IOException e) {
            log.warn("Could not handle s3://{}, it will be redelivered: {}", id, e.getMessage());
            return false;
        } catch (RuntimeException | LinkageError | AssertionError e) {
            log.error("Could not handle s3://{}, it will be redelivered", id, e);
            return false;
        }
    }

    /** {@code frgm.ingest.sqs.messages} (outcome: deleted, redelivered, dropped; dropped counts as deleted too). */
    private void count(String outcome) {
        Counter.builder("frgm.ingest.sqs.messages").description("SQS notification messages by outcome")
                .tag("outcome", outcome).register(meters).increment();
    }

    private void delayRedelivery(Message message) {
        int receives = Integer.parseInt(message.attributes()
                .getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        int seconds = (int) REDELIVERY.after(receives).toSeconds();
        try {
            sqs.changeMessageVisibility(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle())
                    .visibilityTimeout(seconds));
        } catch (SdkException e) {
            // The queue's own visibility timeout still brings it back.
            log.warn("Could not delay redelivery of SQS message {}: {}", message.messageId(), e.getMessage());
        }
    }

    @Override
    protected Duration pause() {
        return Duration.ZERO;
    }

    @Override
    protected String describe() {
        return "SQS queue " + queueUrl;
    }
}
