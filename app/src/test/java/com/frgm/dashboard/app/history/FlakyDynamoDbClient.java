package com.frgm.dashboard.app.history;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * A real client (Dynoxide behind it) that misbehaves on purpose: the next {@link #throttled}
 * BatchWriteItem calls come back with every item unprocessed, the next {@link #throwing} throw
 * ProvisionedThroughputExceededException, and while {@link #poison} matches an item its whole
 * request is refused as invalid, as DynamoDB refuses a malformed item.
 */
public final class FlakyDynamoDbClient implements DynamoDbClient {

    public final AtomicInteger throttled = new AtomicInteger();
    public final AtomicInteger throwing = new AtomicInteger();
    public final AtomicInteger batchCalls = new AtomicInteger();
    public volatile Predicate<Map<String, AttributeValue>> poison = item -> false;
    private final DynamoDbClient delegate;

    public FlakyDynamoDbClient(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    public static Predicate<Map<String, AttributeValue>> instrument(String prefix) {
        return item -> item.containsKey("instrument_id")
                && item.get("instrument_id").s().startsWith(prefix);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        batchCalls.incrementAndGet();
        if (request.requestItems().values().stream()
                .flatMap(List::stream)
                .anyMatch(write -> poison.test(write.putRequest().item()))) {
            throw DynamoDbException.builder()
                    .statusCode(400)
                    .message("One or more parameter values were invalid")
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("ValidationException")
                            .build())
                    .build();
        }
        if (throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return BatchWriteItemResponse.builder()
                    .unprocessedItems(request.requestItems())
                    .build();
        }
        if (throwing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw ProvisionedThroughputExceededException.builder()
                    .statusCode(400)
                    .message("throttled")
                    .build();
        }
        return delegate.batchWriteItem(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return delegate.query(request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return delegate.describeTable(request);
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return delegate.createTable(request);
    }

    @Override
    public UpdateTimeToLiveResponse updateTimeToLive(UpdateTimeToLiveRequest request) {
        return delegate.updateTimeToLive(request);
    }

    @Override
    public DynamoDbWaiter waiter() {
        return delegate.waiter();
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
