package com.frgm.dashboard.query.dynamodb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Answers BatchWriteItem from a script, then accepts everything; records every request. */
final class ScriptedDynamoDbClient implements DynamoDbClient {

    final List<Map<String, List<WriteRequest>>> requests = new ArrayList<>();
    final Deque<Function<BatchWriteItemRequest, BatchWriteItemResponse>> script = new ArrayDeque<>();

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        requests.add(request.requestItems());
        Function<BatchWriteItemRequest, BatchWriteItemResponse> next = script.poll();
        return next == null ? BatchWriteItemResponse.builder().build() : next.apply(request);
    }

    @Override
    public String serviceName() {
        return "dynamodb";
    }

    @Override
    public void close() {}
}
