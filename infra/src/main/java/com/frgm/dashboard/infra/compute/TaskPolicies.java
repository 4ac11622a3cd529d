package com.frgm.dashboard.infra.compute;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.stores.DataStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * What each role's tasks may do, spelled out action by action rather than with CDK's broad
 * {@code grantReadWrite}: the ingest role reads, moves (copy, delete) and lists feed files,
 * appends to the archive (and deletes only what compaction superseded) and consumes the
 * notification queue; the dashboard role writes and
 * reads the history tables. Neither may create or delete a bucket, table or queue: in AWS the
 * application only checks that they exist.
 */
final class TaskPolicies {

    /** S3's copy takes the source's tags along by default, which needs the tagging actions. */
    static final List<String> FEED_OBJECT_ACTIONS =
            List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:GetObjectTagging", "s3:PutObjectTagging");
    /** The archiver writes segments, manifest entries, day indexes and checkpoints; restore and replay read them. */
    static final List<String> ARCHIVE_OBJECT_ACTIONS = List.of("s3:GetObject", "s3:PutObject");
    /**
     * Compaction deletes the small segments and manifest entries a day's index has superseded,
     * and nothing else; the bucket is versioned, so even those stay recoverable for 30 days.
     */
    static final List<String> ARCHIVE_COMPACTION_DELETE = List.of("segments/*", "manifest/*");

    static final List<String> HISTORY_ACTIONS = List.of(
            "dynamodb:DescribeTable",
            "dynamodb:BatchWriteItem",
            "dynamodb:PutItem",
            "dynamodb:GetItem",
            "dynamodb:Query");

    private TaskPolicies() {}

    static void ingest(IRole role, Settings settings, DataStack data) {
        List<IBucket> feeds = List.of(data.buckets().actant(), data.buckets().tt());
        role.addToPrincipalPolicy(allow(
                FEED_OBJECT_ACTIONS,
                feeds.stream().map(b -> b.arnForObjects("*")).toList()));
        role.addToPrincipalPolicy(allow(
                List.of("s3:ListBucket"),
                List.of(
                        data.buckets().actant().getBucketArn(),
                        data.buckets().tt().getBucketArn(),
                        data.buckets().events().getBucketArn())));
        role.addToPrincipalPolicy(
                allow(ARCHIVE_OBJECT_ACTIONS, List.of(data.buckets().events().arnForObjects("*"))));
        role.addToPrincipalPolicy(allow(
                List.of("s3:DeleteObject"),
                ARCHIVE_COMPACTION_DELETE.stream()
                        .map(pattern -> data.buckets().events().arnForObjects(pattern))
                        .toList()));
        data.buckets().notifications().grantConsumeMessages(role);
        data.ttCredentials().grantRead(role);
        metrics(role, settings);
    }

    static void dashboard(IRole role, Settings settings, DataStack data) {
        List<String> tables = new ArrayList<>();
        for (Table table : data.history().all()) {
            tables.add(table.getTableArn());
            tables.add(table.getTableArn() + "/index/*");
        }
        role.addToPrincipalPolicy(allow(HISTORY_ACTIONS, tables));
        metrics(role, settings);
    }

    /** PutMetricData has no resource ARN; the condition keeps each role to its own namespace. */
    private static void metrics(IRole role, Settings settings) {
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("cloudwatch:PutMetricData"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", settings.metricsNamespace())))
                .build());
    }

    private static PolicyStatement allow(List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(actions)
                .resources(resources)
                .build();
    }
}
