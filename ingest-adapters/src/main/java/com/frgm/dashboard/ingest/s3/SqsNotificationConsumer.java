package com.frgm.dashboard.ingest.s3;

import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.eventstore.worker.Backoff;
import com.frgm.dashboard.ingest.file.FeedLayout;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The S3 source with notifications: long-polls the SQS queue that both buckets notify. When a
 * receive comes back full, a burst is under way and {@code sqs-receives - 1} more receives go
 * out at once; everything received is drained together by the {@link S3Drain} (each feed's
 * files in key order). A message is deleted, in batches of ten, only once every file it names
 * has a durable outcome and has been moved. Anything else leaves the message in the queue; SQS
 * delivers it again after its visibility timeout, set here to a backoff growing with the
 * receive count. A redelivery of a file already committed is a duplicate (ADR 0008, ADR 0020).
 */
public class SqsNotificationConsumer extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(SqsNotificationConsumer.class);
    private static final int MAX_MESSAGES = 10;
    /** 1 s after the first receive, doubling, at most a minute. */
    private static final Backoff REDELIVERY =
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), Backoff.Jitter.NONE);

    private static final Set<S3Drain.Result> DONE =
            Set.of(S3Drain.Result.SETTLED, S3Drain.Result.GONE, S3Drain.Result.UNSUPPORTED);

    private final SqsClient sqs;
    private final String queueUrl;
    private final S3Objects objects;
    private final S3Drain drain;
    private final S3SourceProperties properties;
    private final int receives;
    private final MeterRegistry meters;

    SqsNotificationConsumer(
            SqsClient sqs,
            S3Objects objects,
            S3Drain drain,
            S3SourceProperties properties,
            DrainProperties drainProperties,
            MeterRegistry meters) {
        super("inbox-s3-sqs");
        this.sqs = sqs;
        this.queueUrl = properties.sqsQueueUrl();
        this.objects = objects;
        this.drain = drain;
        this.properties = properties;
        this.receives = drainProperties.sqsReceives();
        this.meters = meters;
    }

    @Override
    protected void runOnce() throws InterruptedException {
        receiveOnce();
    }

    /** One long poll (more receives during a burst) and the handling of what came; returns the messages deleted. */
    public int receiveOnce() throws InterruptedException {
        List<Message> messages = receive();
        if (messages.isEmpty()) {
            return 0;
        }
        Map<Message, List<String>> filesOf = new LinkedHashMap<>();
        Map<String, S3Drain.Waiting> files = new LinkedHashMap<>();
        for (Message message : messages) {
            filesOf.put(message, namedFiles(message, files));
        }
        List<S3Drain.Waiting> ordered = new ArrayList<>(files.values());
        ordered.sort(Comparator.comparing(S3Drain.Waiting::bucket).thenComparing(S3Drain.Waiting::key));
        List<S3Drain.Result> results = drain.drain(ordered);
        Map<String, S3Drain.Result> resultOf = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            resultOf.put(id(ordered.get(i).bucket(), ordered.get(i).key()), results.get(i));
        }
        List<Message> settled = new ArrayList<>();
        filesOf.forEach((message, ids) -> {
            if (ids.stream().allMatch(id -> DONE.contains(resultOf.get(id)))) {
                settled.add(message);
            } else {
                delayRedelivery(message);
                count("redelivered");
            }
        });
        return delete(settled);
    }

    /** The first receive long-polls; a full one means a burst, and the others then go out at once. */
    private List<Message> receive() throws InterruptedException {
        int waitSeconds =
                (int) Math.min(20, Math.max(0, properties.sqsWaitTime().toSeconds()));
        List<Message> messages = new ArrayList<>(receive(waitSeconds));
        if (messages.size() < MAX_MESSAGES || receives == 1) {
            return messages;
        }
        List<CompletableFuture<List<Message>>> more = new ArrayList<>();
        for (int i = 1; i < receives; i++) {
            more.add(drain.request(() -> receive(0)));
        }
        for (CompletableFuture<List<Message>> burst : more) {
            try {
                messages.addAll(burst.get());
            } catch (ExecutionException e) {
                // What the first receive brought is worked on; the rest stays in the queue.
                log.warn(
                        "A burst receive from {} failed: {}",
                        queueUrl,
                        e.getCause().toString());
            }
        }
        return messages;
    }

    private List<Message> receive(int waitSeconds) {
        return sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                        .maxNumberOfMessages(MAX_MESSAGES)
                        .waitTimeSeconds(waitSeconds)
                        .messageSystemAttributeNames(
                                MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                                MessageSystemAttributeName.SENT_TIMESTAMP))
                .messages();
    }

    /** The ids of the feed files a message names, each added once to {@code files}; none when it is no notification. */
    private List<String> namedFiles(Message message, Map<String, S3Drain.Waiting> files) {
        S3EventNotification notification;
        try {
            notification = S3EventNotification.parse(message.body());
        } catch (IllegalArgumentException e) {
            // Redelivering it would fail the same way forever.
            log.warn("Dropped SQS message {}: not an S3 event notification ({})", message.messageId(), e.getMessage());
            count("dropped");
            return List.of();
        }
        Instant sent = sentAt(message);
        List<String> ids = new ArrayList<>();
        for (S3EventNotification.ObjectRef ref : notification.created()) {
            if (FeedLayout.isMoved(ref.key())) {
                continue; // our own moves notify too
            }
            String id = id(ref.bucket(), ref.key());
            ids.add(id);
            files.computeIfAbsent(
                    id,
                    i -> new S3Drain.Waiting(
                            ref.bucket(), ref.key(), sent, () -> objects.current(ref.bucket(), ref.key())));
        }
        return ids;
    }

    private int delete(List<Message> settled) {
        int deleted = 0;
        for (int from = 0; from < settled.size(); from += MAX_MESSAGES) {
            List<Message> batch = settled.subList(from, Math.min(settled.size(), from + MAX_MESSAGES));
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder()
                        .id(Integer.toString(i))
                        .receiptHandle(batch.get(i).receiptHandle())
                        .build());
            }
            try {
                DeleteMessageBatchResponse response =
                        sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
                // A message not deleted comes back; its files are settled, so it is acknowledged then.
                response.failed()
                        .forEach(f -> log.warn(
                                "Could not delete SQS message {}: {}",
                                batch.get(Integer.parseInt(f.id())).messageId(),
                                f.message()));
                deleted += response.successful().size();
                for (int i = 0; i < response.successful().size(); i++) {
                    count("deleted");
                }
            } catch (SdkException e) {
                log.warn(
                        "Could not delete {} SQS messages; they come back and are acknowledged then: {}",
                        batch.size(),
                        e.getMessage());
            }
        }
        return deleted;
    }

    private static String id(String bucket, String key) {
        return bucket + "/" + key;
    }

    private static Instant sentAt(Message message) {
        String sent = message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
        try {
            return sent == null ? null : Instant.ofEpochMilli(Long.parseLong(sent));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code frgm.ingest.sqs.messages} (outcome: deleted, redelivered, dropped; dropped counts as deleted too). */
    private void count(String outcome) {
        Counter.builder("frgm.ingest.sqs.messages")
                .description("SQS notification messages by outcome")
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    private void delayRedelivery(Message message) {
        int receivesSoFar = Integer.parseInt(
                message.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        int seconds = (int) REDELIVERY.after(receivesSoFar).toSeconds();
        try {
            sqs.changeMessageVisibility(r ->
                    r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(seconds));
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
        return "SQS queue " + queueUrl + " (" + receives + " receives in a burst)";
    }
}
