package com.frgm.dashboard.infra.stores;

import static com.frgm.dashboard.infra.Resources.at;
import static com.frgm.dashboard.infra.Resources.idOf;
import static com.frgm.dashboard.infra.Resources.only;
import static com.frgm.dashboard.infra.Resources.properties;
import static com.frgm.dashboard.infra.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.infra.Synthesized;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class DataStackTest {

    private final Template prod = Synthesized.stack("frgm-prod-data");
    private final Template dev = Synthesized.stack("frgm-dev-data");

    @Test
    void createsTheFourBucketsVersionedEncryptedAndPrivate() {
        for (String env : List.of("prod", "dev")) {
            Template t = env.equals("prod") ? prod : dev;
            for (String bucket : List.of("actant", "tt", "events", "monitoring")) {
                Map<String, Object> b = only(t, "AWS::S3::Bucket", "BucketName", "frgm-" + bucket + "-" + env);
                assertThat(b.get("VersioningConfiguration")).isEqualTo(Map.of("Status", "Enabled"));
                assertThat((Object) at(
                                b,
                                "BucketEncryption",
                                "ServerSideEncryptionConfiguration",
                                0,
                                "ServerSideEncryptionByDefault",
                                "SSEAlgorithm"))
                        .isEqualTo("AES256");
                assertThat(b.get("PublicAccessBlockConfiguration"))
                        .isEqualTo(Map.of(
                                "BlockPublicAcls",
                                true,
                                "BlockPublicPolicy",
                                true,
                                "IgnorePublicAcls",
                                true,
                                "RestrictPublicBuckets",
                                true));
            }
            // Every bucket refuses plain HTTP.
            assertThat(properties(t, "AWS::S3::BucketPolicy").values())
                    .hasSize(4)
                    .allSatisfy(p -> assertThat(text(p, "PolicyDocument", "Statement", 0))
                            .contains("aws:SecureTransport=false", "Deny"));
        }
    }

    @Test
    void movesProcessedFeedFilesToGlacierAfter30DaysAndExpiresMovedVersions() {
        for (String bucket : List.of("frgm-actant-prod", "frgm-tt-prod")) {
            List<Map<String, Object>> rules =
                    at(only(prod, "AWS::S3::Bucket", "BucketName", bucket), "LifecycleConfiguration", "Rules");
            assertThat(rules).anySatisfy(r -> {
                assertThat(r).containsEntry("Prefix", "processed/").containsEntry("Status", "Enabled");
                assertThat(r.get("Transitions"))
                        .isEqualTo(List.of(Map.of("StorageClass", "GLACIER", "TransitionInDays", 30)));
            });
            assertThat(rules)
                    .anySatisfy(r ->
                            assertThat(r.get("NoncurrentVersionExpiration")).isEqualTo(Map.of("NoncurrentDays", 30)));
            assertThat(rules).anySatisfy(r -> assertThat(r).containsEntry("ExpiredObjectDeleteMarker", true));
            assertThat((Object) at(
                            only(prod, "AWS::S3::Bucket", "BucketName", bucket),
                            "LifecycleConfiguration",
                            "TransitionDefaultMinimumObjectSize"))
                    .isEqualTo("all_storage_classes_128K");
        }
        // Archive segments never expire and never leave Standard: restore reads them.
        List<Map<String, Object>> archive =
                at(only(prod, "AWS::S3::Bucket", "BucketName", "frgm-events-prod"), "LifecycleConfiguration", "Rules");
        assertThat(archive).noneMatch(r -> r.containsKey("Transitions") || r.containsKey("ExpirationInDays"));
    }

    @Test
    void notifiesTheQueueOfNewFilesUnderTheFeedPrefixesOnly() {
        String queue = idOf(prod, "AWS::SQS::Queue", "QueueName", "frgm-feed-notifications-prod");
        Map<String, List<String>> prefixesByBucket = new java.util.HashMap<>();
        properties(prod, "Custom::S3BucketNotifications").values().forEach(n -> {
            List<Map<String, Object>> configs = at(n, "NotificationConfiguration", "QueueConfigurations");
            String bucket = at(n, "BucketName", "Ref");
            for (Map<String, Object> c : configs) {
                assertThat(c.get("Events")).isEqualTo(List.of("s3:ObjectCreated:*"));
                assertThat(c.get("QueueArn")).isEqualTo(Map.of("Fn::GetAtt", List.of(queue, "Arn")));
                List<Map<String, Object>> rules = at(c, "Filter", "Key", "FilterRules");
                assertThat(rules).hasSize(1);
                assertThat(rules.get(0)).containsEntry("Name", "prefix");
                prefixesByBucket
                        .computeIfAbsent(bucket, b -> new java.util.ArrayList<>())
                        .add((String) rules.get(0).get("Value"));
            }
        });
        assertThat(prefixesByBucket)
                .containsOnlyKeys(
                        idOf(prod, "AWS::S3::Bucket", "BucketName", "frgm-actant-prod"),
                        idOf(prod, "AWS::S3::Bucket", "BucketName", "frgm-tt-prod"));
        assertThat(prefixesByBucket.values().stream().flatMap(List::stream))
                .containsExactlyInAnyOrder("market-data/", "sod/", "eod/", "working-orders/")
                .noneMatch(p -> p.startsWith("processed") || p.startsWith("rejected"));
    }

    @Test
    void parksNotificationsTheConsumerKeepsFailingOnInADeadLetterQueue() {
        String dlq = idOf(prod, "AWS::SQS::Queue", "QueueName", "frgm-feed-notifications-dlq-prod");
        Map<String, Object> queue = only(prod, "AWS::SQS::Queue", "QueueName", "frgm-feed-notifications-prod");
        assertThat(queue.get("RedrivePolicy"))
                .isEqualTo(
                        Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(dlq, "Arn")), "maxReceiveCount", 5));
        assertThat(queue).containsEntry("VisibilityTimeout", 60).containsEntry("SqsManagedSseEnabled", true);
    }

    @Test
    void createsTheHistoryTablesOnDemandWithPointInTimeRecoveryAndTheOrdersTtl() {
        for (String env : List.of("prod", "dev")) {
            Template t = env.equals("prod") ? prod : dev;
            Map<String, Map<String, Object>> tables = properties(t, "AWS::DynamoDB::Table");
            assertThat(tables.values().stream().map(p -> p.get("TableName")))
                    .containsExactlyInAnyOrder(
                            "ActantMarketData-" + env,
                            "ActantEODData-" + env,
                            "ActantSODData-" + env,
                            "TTWorkingOrders-" + env);
            assertThat(tables.values()).allSatisfy(p -> {
                assertThat(p).containsEntry("BillingMode", "PAY_PER_REQUEST");
                assertThat(p.get("PointInTimeRecoverySpecification"))
                        .isEqualTo(Map.of("PointInTimeRecoveryEnabled", true));
                assertThat(p).containsEntry("DeletionProtectionEnabled", env.equals("prod"));
            });
            assertThat(only(t, "AWS::DynamoDB::Table", "TableName", "TTWorkingOrders-" + env)
                            .get("TimeToLiveSpecification"))
                    .isEqualTo(Map.of("AttributeName", "expire_time", "Enabled", true));
            assertThat(tables.values().stream().filter(p -> p.containsKey("TimeToLiveSpecification")))
                    .hasSize(1);
        }
    }

    @Test
    void keepsTheEventStoreOnEncryptedPostgresWithWeekLongBackupsMultiAzAndProtectedInProd() {
        Map<String, Object> p =
                properties(prod, "AWS::RDS::DBInstance").values().iterator().next();
        Map<String, Object> d =
                properties(dev, "AWS::RDS::DBInstance").values().iterator().next();
        for (Map<String, Object> db : List.of(p, d)) {
            assertThat(db)
                    .containsEntry("Engine", "postgres")
                    .containsEntry("StorageEncrypted", true)
                    .containsEntry("BackupRetentionPeriod", 7)
                    .containsEntry("PubliclyAccessible", false);
            assertThat(String.valueOf(db.get("EngineVersion"))).startsWith("16.");
        }
        assertThat(p).containsEntry("MultiAZ", true).containsEntry("DeletionProtection", true);
        assertThat(d).containsEntry("MultiAZ", false).containsEntry("DeletionProtection", false);
        assertThat(properties(prod, "AWS::RDS::DBParameterGroup")
                        .values()
                        .iterator()
                        .next()
                        .get("Parameters"))
                .isEqualTo(Map.of("rds.force_ssl", "1"));
    }

    @Test
    void runsRedisOnMemoryDbWithTlsAnAclUserFromSecretsManagerAndNoEviction() {
        Map<String, Object> cluster =
                properties(prod, "AWS::MemoryDB::Cluster").values().iterator().next();
        assertThat(cluster)
                .containsEntry("TLSEnabled", true)
                .containsEntry("ACLName", "frgm-prod")
                .containsEntry("NumShards", 1)
                .containsEntry("NumReplicasPerShard", 1)
                .containsEntry("ParameterGroupName", "frgm-prod");
        assertThat(properties(dev, "AWS::MemoryDB::Cluster").values().iterator().next())
                .containsEntry("NumReplicasPerShard", 0)
                .containsEntry("TLSEnabled", true);
        assertThat(properties(prod, "AWS::MemoryDB::ACL")
                        .values()
                        .iterator()
                        .next()
                        .get("UserNames"))
                .isEqualTo(List.of("frgm-app"));
        Map<String, Object> user =
                properties(prod, "AWS::MemoryDB::User").values().iterator().next();
        String secret = idOf(prod, "AWS::SecretsManager::Secret", "Name", "frgm/prod/redis");
        assertThat((Object) at(user, "AuthenticationMode", "Type")).isEqualTo("password");
        assertThat(text(user, "AuthenticationMode", "Passwords", 0))
                .contains("{{resolve:secretsmanager:", secret, ":SecretString:password::}}");
        assertThat(properties(prod, "AWS::MemoryDB::ParameterGroup")
                        .values()
                        .iterator()
                        .next()
                        .get("Parameters"))
                .isEqualTo(Map.of("maxmemory-policy", "noeviction"));
    }

    @Test
    void keepsTheDatabaseRedisTtAndSignInCredentialsInSecretsManager() {
        for (String env : List.of("prod", "dev")) {
            Template t = env.equals("prod") ? prod : dev;
            assertThat(properties(t, "AWS::SecretsManager::Secret").values().stream()
                            .map(s -> s.get("Name")))
                    .containsExactlyInAnyOrder(
                            "frgm/" + env + "/db",
                            "frgm/" + env + "/redis",
                            "frgm/" + env + "/tt",
                            "frgm/" + env + "/sign-in");
        }
        assertThat(String.valueOf(only(prod, "AWS::SecretsManager::Secret", "Name", "frgm/prod/tt")
                        .get("SecretString")))
                .contains("api_key", "api_secret");
    }
}
