package com.frgm.dashboard.query.dynamodb;

import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.query.history.HistoryItem;
import com.frgm.dashboard.query.history.HistoryStore;
import com.frgm.dashboard.query.history.HistoryTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The history tables in DynamoDB (or anything that speaks its protocol, such as Dynoxide). */
public final class DynamoDbHistoryStore implements HistoryStore {

    private final DynamoDbClient client;
    private final String env;
    private final BatchWriter writer;

    public DynamoDbHistoryStore(DynamoDbClient client, String env, RetryPolicy retry) {
        this.client = client;
        this.env = env;
        this.writer = new BatchWriter(client, retry);
    }

    @Override
    public void write(List<HistoryItem> items) {
        writer.write(items.stream()
                .map(item -> new BatchWriter.KeyedPut(
                        item.table().tableName(env), item.key(), AttributeValues.item(item.attributes())))
                .toList());
    }

    @Override
    public HistoryPage query(HistoryTable table, String partition, Object from, Object to, int limit, String cursor) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", table.partitionKey()));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", AttributeValue.fromS(partition)));
        String condition = "#pk = :pk";
        if (from != null || to != null) {
            names.put("#sk", table.sortKey());
            if (from != null && to != null) {
                condition += " AND #sk BETWEEN :from AND :to";
            } else {
                condition += from != null ? " AND #sk >= :from" : " AND #sk <= :to";
            }
            if (from != null) {
                values.put(":from", AttributeValues.of(from));
            }
            if (to != null) {
                values.put(":to", AttributeValues.of(to));
            }
        }
        return page(
                QueryRequest.builder()
                        .tableName(table.tableName(env))
                        .keyConditionExpression(condition)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values),
                limit,
                cursor);
    }

    @Override
    public HistoryPage endOfDayByAccount(String accountDate, int limit, String cursor) {
        return page(
                QueryRequest.builder()
                        .tableName(HistoryTable.END_OF_DAY.tableName(env))
                        .indexName(HistoryTable.EOD_BY_ACCOUNT_INDEX)
                        .keyConditionExpression("account_date = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(accountDate))),
                limit,
                cursor);
    }

    private HistoryPage page(QueryRequest.Builder request, int limit, String cursor) {
        request.limit(limit).exclusiveStartKey(Cursors.decode(cursor));
        QueryResponse response;
        try {
            response = client.query(request.build());
        } catch (DynamoDbException e) {
            if (cursor != null && e.statusCode() == 400) {
                // A cursor from another partition or table: DynamoDB says the start key is invalid.
                throw new Cursors.InvalidCursorException();
            }
            throw e;
        }
        return new HistoryPage(
                response.items().stream().map(AttributeValues::plain).toList(),
                response.items().size() < limit ? null : Cursors.encode(response.lastEvaluatedKey()));
    }
}
