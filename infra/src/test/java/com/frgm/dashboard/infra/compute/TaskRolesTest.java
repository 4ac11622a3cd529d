package com.frgm.dashboard.infra.compute;

import static com.frgm.dashboard.infra.Resources.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.infra.Synthesized;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Least privilege: each role's tasks get exactly the actions on exactly the resources they use. */
class TaskRolesTest {

    private final Template prod = Synthesized.stack("frgm-prod-compute");

    @Test
    void letsIngestMoveFeedFilesAppendAndCompactTheArchiveConsumeTheQueueAndReadTheTtSecretOnly() {
        List<Map<String, Object>> statements = statements("IngestTaskRoleDefaultPolicy");
        assertThat(statements).hasSize(7);
        assertThat(find(statements, "s3:PutObjectTagging")).satisfies(s -> {
            assertThat(actions(s))
                    .containsExactlyInAnyOrder(
                            "s3:GetObject",
                            "s3:PutObject",
                            "s3:DeleteObject",
                            "s3:GetObjectTagging",
                            "s3:PutObjectTagging");
            assertThat(resources(s))
                    .hasSize(2)
                    .allMatch(r -> r.endsWith(", /*]]}"))
                    .anyMatch(r -> r.contains("BucketsActant"))
                    .anyMatch(r -> r.contains("BucketsTt"));
        });
        assertThat(resources(find(statements, "s3:ListBucket")))
                .hasSize(3)
                .anyMatch(r -> r.contains("BucketsActant"))
                .anyMatch(r -> r.contains("BucketsTt"))
                .anyMatch(r -> r.contains("BucketsEvents"));
        Map<String, Object> archive = statements.stream()
                .filter(s -> String.valueOf(s.get("Resource")).contains("BucketsEvents")
                        && actions(s).contains("s3:PutObject"))
                .findFirst()
                .orElseThrow();
        assertThat(actions(archive)).containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject");
        Map<String, Object> compaction = statements.stream()
                .filter(s -> String.valueOf(s.get("Resource")).contains("BucketsEvents")
                        && actions(s).contains("s3:DeleteObject"))
                .findFirst()
                .orElseThrow();
        assertThat(actions(compaction)).containsExactly("s3:DeleteObject");
        assertThat(resources(compaction))
                .hasSize(2)
                .allMatch(r -> r.contains("BucketsEvents"))
                .anyMatch(r -> r.contains("/segments/*"))
                .anyMatch(r -> r.contains("/manifest/*"));
        Map<String, Object> sqs = find(statements, "sqs:ReceiveMessage");
        assertThat(actions(sqs))
                .containsExactlyInAnyOrder(
                        "sqs:ReceiveMessage",
                        "sqs:ChangeMessageVisibility",
                        "sqs:GetQueueUrl",
                        "sqs:DeleteMessage",
                        "sqs:GetQueueAttributes");
        assertThat(resources(sqs)).singleElement().asString().contains("BucketsNotifications4306EBE7Arn");
        assertThat(resources(find(statements, "secretsmanager:GetSecretValue")))
                .singleElement()
                .asString()
                .contains("TtCredentials");
        assertThat(statements).noneMatch(s -> actions(s).stream().anyMatch(a -> a.startsWith("dynamodb:")));
        assertMetricsOnlyInOwnNamespace(find(statements, "cloudwatch:PutMetricData"));
    }

    @Test
    void letsTheDashboardWriteAndReadTheHistoryTablesOnly() {
        List<Map<String, Object>> statements = statements("DashboardTaskRoleDefaultPolicy");
        assertThat(statements).hasSize(2);
        Map<String, Object> dynamo = find(statements, "dynamodb:BatchWriteItem");
        assertThat(actions(dynamo))
                .containsExactlyInAnyOrder(
                        "dynamodb:DescribeTable",
                        "dynamodb:BatchWriteItem",
                        "dynamodb:PutItem",
                        "dynamodb:GetItem",
                        "dynamodb:Query");
        assertThat(resources(dynamo)).hasSize(8);
        for (String table :
                List.of("HistoryMarketData", "HistoryEndOfDay", "HistoryStartOfDay", "HistoryWorkingOrders")) {
            assertThat(resources(dynamo)).filteredOn(r -> r.contains(table)).hasSize(2);
        }
        assertMetricsOnlyInOwnNamespace(find(statements, "cloudwatch:PutMetricData"));
    }

    @Test
    void grantsNoWildcardActionsAndNoCreateOrDeleteOfStores() {
        properties(prod, "AWS::IAM::Policy").values().forEach(policy -> {
            for (Map<String, Object> s : statementsOf(policy)) {
                assertThat(actions(s))
                        .noneMatch(a -> a.equals("*") || a.endsWith(":*"))
                        .noneMatch(a -> a.matches(".*:(Create|Delete)(Table|Bucket|Queue).*"));
                if (resources(s).contains("*")) {
                    assertThat(actions(s))
                            .as("only unscoped-by-nature actions on *")
                            .isSubsetOf("cloudwatch:PutMetricData", "ecr:GetAuthorizationToken");
                }
            }
        });
    }

    @Test
    void injectsTheDatabaseSecretIntoBothRolesAndTheRedisAndSignInSecretsIntoTheDashboardOnly() {
        assertThat(secretResources("IngestTaskExecutionRoleDefaultPolicy"))
                .singleElement()
                .asString()
                .contains("EventStoreInstanceSecret");
        assertThat(secretResources("DashboardTaskExecutionRoleDefaultPolicy"))
                .hasSize(3)
                .anyMatch(r -> r.contains("EventStoreInstanceSecret"))
                .anyMatch(r -> r.contains("ReadModelCredentials"))
                .anyMatch(r -> r.contains("ExportsOutputRefSignIn"));
    }

    private static void assertMetricsOnlyInOwnNamespace(Map<String, Object> statement) {
        assertThat(statement.get("Condition"))
                .isEqualTo(Map.of("StringEquals", Map.of("cloudwatch:namespace", "FRGM/prod")));
    }

    private List<String> secretResources(String policy) {
        return statements(policy).stream()
                .filter(s -> actions(s).contains("secretsmanager:GetSecretValue"))
                .flatMap(s -> resources(s).stream())
                .toList();
    }

    private List<Map<String, Object>> statements(String policyPrefix) {
        return properties(prod, "AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getKey().startsWith(policyPrefix))
                .map(Map.Entry::getValue)
                .findFirst()
                .map(TaskRolesTest::statementsOf)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statementsOf(Map<String, Object> policy) {
        return (List<Map<String, Object>>) ((Map<String, Object>) policy.get("PolicyDocument")).get("Statement");
    }

    private static Map<String, Object> find(List<Map<String, Object>> statements, String action) {
        return statements.stream()
                .filter(s -> actions(s).contains(action))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> actions(Map<String, Object> statement) {
        Object a = statement.get("Action");
        return a instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(a));
    }

    private static List<String> resources(Map<String, Object> statement) {
        Object r = statement.get("Resource");
        return r instanceof List<?> l
                ? l.stream().map(String::valueOf).collect(Collectors.toList())
                : List.of(String.valueOf(r));
    }
}
