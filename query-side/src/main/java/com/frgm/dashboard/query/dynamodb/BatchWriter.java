package com.frgm.dashboard.query.dynamodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Puts items with BatchWriteItem, 25 per request (DynamoDB's limit). Unprocessed items and
 * throttling or transient errors are retried with {@link RetryPolicy}; anything else, or running
 * out of attempts, throws {@link HistoryWriteException}.
 */
public final class BatchWriter {

    /** DynamoDB's most items per BatchWriteItem. */
    public static final int MAX_BATCH = 25;

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    private final DynamoDbClient client;
    private final RetryPolicy retry;

    public BatchWriter(DynamoDbClient client, RetryPolicy retry) {
        this.client = client;
        this.retry = retry;
    }

    /** One put per item; a request never holds one key twice (DynamoDB refuses that). */
    public void write(List<KeyedPut> puts) {
        List<KeyedPut> chunk = new ArrayList<>(MAX_BATCH);
        Map<Object, Integer> keysInChunk = new LinkedHashMap<>();
        for (KeyedPut put : puts) {
            Integer earlier = keysInChunk.get(put.key());
            if (earlier != null) {
                // The later state of the same item replaces the earlier one in place.
                chunk.set(earlier, put);
                continue;
            }
            keysInChunk.put(put.key(), chunk.size());
            chunk.add(put);
            if (chunk.size() == MAX_BATCH) {
                send(chunk);
                chunk.clear();
                keysInChunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            send(chunk);
        }
    }

    private void send(List<KeyedPut> chunk) {
        Map<String, List<WriteRequest>> pending = new LinkedHashMap<>();
        for (KeyedPut put : chunk) {
            pending.computeIfAbsent(put.table(), t -> new ArrayList<>())
                    .add(WriteRequest.builder()
                            .putRequest(PutRequest.builder().item(put.item()).build())
                            .build());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(pending));
                pending.clear();
                if (response.hasUnprocessedItems()) {
                    response.unprocessedItems().forEach((table, requests) -> {
                        if (!requests.isEmpty()) {
                            pending.put(table, new ArrayList<>(requests));
                        }
                    });
                }
                if (pending.isEmpty()) {
                    return;
                }
                giveUpAfter(attempt, null, pending);
            } catch (DynamoDbException | SdkClientException e) {
                if (!retryable(e)) {
                    throw new HistoryWriteException("DynamoDB refused a batch of " + count(pending) + " items", e);
                }
                giveUpAfter(attempt, e, pending);
            }
            retry.sleepAfter(attempt);
        }
    }

    private void giveUpAfter(int attempt, Exception cause, Map<String, List<WriteRequest>> pending) {
        if (attempt >= retry.maxAttempts()) {
            throw new HistoryWriteException(
                    "DynamoDB did not take " + count(pending) + " items after " + attempt + " attempts", cause);
        }
        log.debug(
                "BatchWriteItem attempt {}: {} items left ({})",
                attempt,
                count(pending),
                cause == null ? "unprocessed" : cause.toString());
    }

    static boolean retryable(Exception e) {
        if (e instanceof ProvisionedThroughputExceededException
                || e instanceof RequestLimitExceededException
                || e instanceof SdkClientException) {
            return true;
        }
        DynamoDbException d = (DynamoDbException) e;
        if (d.isThrottlingException() || d.statusCode() >= 500) {
            return true;
        }
        String code = d.awsErrorDetails() == null ? null : d.awsErrorDetails().errorCode();
        return "ThrottlingException".equals(code) || "InternalServerError".equals(code);
    }

    private static int count(Map<String, List<WriteRequest>> pending) {
        return pending.values().stream().mapToInt(List::size).sum();
    }

    /** One item for one table, with its primary key for de-duplication. */
    public record KeyedPut(
            String table,
            Object key,
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {}
}
