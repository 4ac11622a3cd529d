package com.frgm.dashboard.query.dynamodb;

import static com.frgm.dashboard.infra.Resources.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.infra.Synthesized;
import com.frgm.dashboard.query.history.HistoryTable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The tables CDK creates in AWS are the ones the query side creates locally (ADR 0009): same
 * names, keys, key types, index and TTL. Lives in the query side's package to reach
 * {@code DynamoDbTables.definition}, so a change there fails here instead of in production.
 */
class HistoryTablesMatchTheApplicationTest {

    private final Template data = Synthesized.stack("frgm-prod-data");

    @ParameterizedTest
    @EnumSource(HistoryTable.class)
    void definesTheTableAsTheApplicationDoes(HistoryTable table) {
        CreateTableRequest app = DynamoDbTables.definition(table, table.tableName("prod"));
        Map<String, Object> cdk = only(data, "AWS::DynamoDB::Table", "TableName", app.tableName());

        assertThat(cdk.get("BillingMode")).isEqualTo(app.billingModeAsString());
        assertThat(cdk.get("KeySchema"))
                .isEqualTo(app.keySchema().stream()
                        .map(k -> Map.of("AttributeName", k.attributeName(), "KeyType", k.keyTypeAsString()))
                        .toList());
        assertThat(asSet(cdk.get("AttributeDefinitions")))
                .isEqualTo(app.attributeDefinitions().stream()
                        .map(a ->
                                Map.of("AttributeName", a.attributeName(), "AttributeType", a.attributeTypeAsString()))
                        .collect(Collectors.toSet()));
        List<Map<String, Object>> indexes = app.globalSecondaryIndexes().stream()
                .map(i -> Map.<String, Object>of(
                        "IndexName", i.indexName(),
                        "KeySchema",
                                i.keySchema().stream()
                                        .map(k -> Map.of(
                                                "AttributeName", k.attributeName(), "KeyType", k.keyTypeAsString()))
                                        .toList(),
                        "Projection", Map.of("ProjectionType", i.projection().projectionTypeAsString())))
                .toList();
        assertThat(cdk.getOrDefault("GlobalSecondaryIndexes", List.of())).isEqualTo(indexes);
        if (table == HistoryTable.WORKING_ORDERS) {
            assertThat(cdk.get("TimeToLiveSpecification"))
                    .isEqualTo(Map.of("AttributeName", HistoryTable.EXPIRE_TIME, "Enabled", true));
        }
    }

    private static java.util.Set<Object> asSet(Object list) {
        return new java.util.HashSet<>((List<?>) list);
    }
}
