package com.frgm.dashboard.infra.stores;

import com.frgm.dashboard.infra.Settings;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.constructs.Construct;

/**
 * The four history tables exactly as {@code DynamoDbTables} in the query side creates them
 * locally (ADR 0009; a test compares the two): on demand, with point-in-time recovery, and the
 * working orders' {@code expire_time} TTL. In AWS the application only checks they exist.
 */
public final class HistoryTables extends Construct {

    private final Table marketData;
    private final Table endOfDay;
    private final Table startOfDay;
    private final Table workingOrders;

    HistoryTables(Construct scope, String id, Settings settings) {
        super(scope, id);
        marketData = table(
                "MarketData",
                "ActantMarketData-" + settings.env(),
                string("instrument_id"),
                number("timestamp"),
                null,
                settings);
        // instrument_id + {business date}#{account}: two accounts on one instrument never collide.
        endOfDay = table(
                "EndOfDay",
                "ActantEODData-" + settings.env(),
                string("instrument_id"),
                string("date_account"),
                null,
                settings);
        endOfDay.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                .indexName("account_date-index")
                .partitionKey(string("account_date"))
                .sortKey(string("instrument_id"))
                .projectionType(ProjectionType.ALL)
                .build());
        startOfDay = table(
                "StartOfDay",
                "ActantSODData-" + settings.env(),
                string("account_date"),
                string("instrument_id"),
                null,
                settings);
        workingOrders = table(
                "WorkingOrders",
                "TTWorkingOrders-" + settings.env(),
                string("order_id"),
                number("timestamp"),
                "expire_time",
                settings);
    }

    private Table table(String id, String name, Attribute partition, Attribute sort, String ttl, Settings settings) {
        return Table.Builder.create(this, id)
                .tableName(name)
                .partitionKey(partition)
                .sortKey(sort)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .timeToLiveAttribute(ttl)
                .deletionProtection(settings.prod())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    private static Attribute string(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    private static Attribute number(String name) {
        return Attribute.builder().name(name).type(AttributeType.NUMBER).build();
    }

    public List<Table> all() {
        return List.of(marketData, endOfDay, startOfDay, workingOrders);
    }

    public Table workingOrders() {
        return workingOrders;
    }
}
