package com.frgm.dashboard.query.dynamodb;

import com.frgm.dashboard.query.history.HistoryTable;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Makes sure the history tables exist before the projections write: creates missing ones where
 * that is allowed (local and test), and otherwise refuses to start, naming what is missing.
 */
public final class DynamoDbTables {

    private static final Logger log = LoggerFactory.getLogger(DynamoDbTables.class);

    private DynamoDbTables() {}

    public static void ensure(DynamoDbClient client, String env, boolean create) {
        List<String> missing = new ArrayList<>();
        for (HistoryTable table : HistoryTable.values()) {
            String name = table.tableName(env);
            if (exists(client, name)) {
                continue;
            }
            if (!create) {
                missing.add(name);
                continue;
            }
            try {
                client.createTable(definition(table, name));
                log.info("Created DynamoDB table {}", name);
            } catch (ResourceInUseException e) {
                log.info("DynamoDB table {} was created by another process meanwhile", name);
            }
            client.waiter().waitUntilTableExists(b -> b.tableName(name));
            if (table == HistoryTable.WORKING_ORDERS) {
                client.updateTimeToLive(b -> b.tableName(name)
                        .timeToLiveSpecification(t -> t.enabled(true).attributeName(HistoryTable.EXPIRE_TIME)));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("DynamoDB history tables missing: " + String.join(", ", missing)
                    + ". Create them as docs/adr/0009-dynamodb-history.md describes, or set "
                    + "frgm.history.create-tables=true to let this process create them.");
        }
    }

    private static boolean exists(DynamoDbClient client, String name) {
        try {
            client.describeTable(b -> b.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    static CreateTableRequest definition(HistoryTable table, String name) {
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(
                attribute(table.partitionKey(), table.numericPartitionKey()),
                attribute(table.sortKey(), table.numericSortKey())));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key(table.partitionKey(), KeyType.HASH), key(table.sortKey(), KeyType.RANGE));
        if (table == HistoryTable.END_OF_DAY) {
            attributes.add(attribute("account_date", false));
            request.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                    .indexName(HistoryTable.EOD_BY_ACCOUNT_INDEX)
                    .keySchema(key("account_date", KeyType.HASH), key("instrument_id", KeyType.RANGE))
                    .projection(p -> p.projectionType(ProjectionType.ALL))
                    .build());
        }
        return request.attributeDefinitions(attributes).build();
    }

    private static AttributeDefinition attribute(String name, boolean numeric) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(numeric ? ScalarAttributeType.N : ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
