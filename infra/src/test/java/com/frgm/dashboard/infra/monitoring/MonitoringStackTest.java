package com.frgm.dashboard.infra.monitoring;

import static com.frgm.dashboard.infra.Resources.at;
import static com.frgm.dashboard.infra.Resources.only;
import static com.frgm.dashboard.infra.Resources.properties;
import static com.frgm.dashboard.infra.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.infra.Synthesized;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class MonitoringStackTest {

    private final Template prod = Synthesized.stack("frgm-prod-monitoring");
    private final Template dev = Synthesized.stack("frgm-dev-monitoring");

    @Test
    void relaysTheTopicToTheContextSlackChannelThroughChatbot() {
        String topic = topic(prod);
        Map<String, Object> slack = properties(prod, "AWS::Chatbot::SlackChannelConfiguration")
                .values()
                .iterator()
                .next();
        assertThat(slack).containsEntry("SlackWorkspaceId", "T00000000").containsEntry("SlackChannelId", "C0000PROD");
        assertThat(slack.get("SnsTopicArns")).isEqualTo(List.of(Map.of("Ref", topic)));
        assertThat(text(slack, "GuardrailPolicies"))
                .contains("CloudWatchReadOnlyAccess")
                .doesNotContain("Administrator");
        assertThat(properties(dev, "AWS::Chatbot::SlackChannelConfiguration")
                        .values()
                        .iterator()
                        .next())
                .containsEntry("SlackChannelId", "C00000DEV");
    }

    @Test
    void sendsEveryAlarmAndItsRecoveryToTheTopic() {
        for (Template t : List.of(prod, dev)) {
            Map<String, Map<String, Object>> alarms = properties(t, "AWS::CloudWatch::Alarm");
            assertThat(alarms).hasSizeGreaterThanOrEqualTo(25);
            assertThat(alarms.values()).allSatisfy(a -> {
                assertThat(a.get("AlarmActions")).isEqualTo(List.of(Map.of("Ref", topic(t))));
                assertThat(a.get("OKActions")).isEqualTo(List.of(Map.of("Ref", topic(t))));
                assertThat(String.valueOf(a.get("AlarmDescription"))).isNotBlank();
            });
        }
    }

    @Test
    void raisesFeedStalledFromTheApplicationsOwnGaugeWithinAMinute() {
        Map<String, Object> a = alarm(prod, "feed-stalled");
        assertQuery(a, "SELECT MAX(\"frgm.feed.stalled.value\") FROM \"FRGM/prod\"", 60);
        assertThat(a)
                .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold")
                .containsEntry("Threshold", 1)
                .containsEntry("EvaluationPeriods", 1);
        assertQuery(alarm(dev, "feed-stalled"), "SELECT MAX(\"frgm.feed.stalled.value\") FROM \"FRGM/dev\"", 60);
    }

    @Test
    void raisesIngestErrorsOnOneRejectedOrRetriedFileInFiveMinutes() {
        Map<String, Object> a = alarm(prod, "ingest-errors");
        assertQuery(
                a,
                "SELECT SUM(\"frgm.ingest.files.count\") FROM \"FRGM/prod\" "
                        + "WHERE outcome != 'accepted' AND outcome != 'duplicate'",
                300);
        assertThat(a)
                .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold")
                .containsEntry("Threshold", 1);
    }

    @Test
    void watchesDynamoDbThrottlesOnEveryHistoryTable() {
        for (String table : List.of("marketdata", "endofday", "startofday", "workingorders")) {
            Map<String, Object> a = alarm(prod, "dynamodb-throttles-" + table);
            assertThat(a)
                    .containsEntry("ComparisonOperator", "GreaterThanThreshold")
                    .containsEntry("Threshold", 0);
            List<Map<String, Object>> metrics = (List<Map<String, Object>>) a.get("Metrics");
            assertThat(metrics)
                    .filteredOn(m -> m.containsKey("MetricStat"))
                    .hasSize(4)
                    .allSatisfy(m -> {
                        assertThat(text(m, "MetricStat", "Metric", "MetricName"))
                                .isEqualTo("ThrottledRequests");
                        assertThat(text(m, "MetricStat", "Period")).isEqualTo("60");
                        assertThat(text(m, "MetricStat", "Stat")).isEqualTo("Sum");
                    });
        }
    }

    @Test
    void watchesRedisMemoryAbove80PercentAndAnyEviction() {
        assertQuery(
                alarm(prod, "redis-memory"),
                "SELECT MAX(DatabaseMemoryUsagePercentage) FROM \"AWS/MemoryDB\" WHERE ClusterName = 'frgm-prod'",
                300);
        assertThat(alarm(prod, "redis-memory"))
                .containsEntry("Threshold", 80)
                .containsEntry("ComparisonOperator", "GreaterThanThreshold");
        assertQuery(
                alarm(prod, "redis-evictions"),
                "SELECT SUM(Evictions) FROM \"AWS/MemoryDB\" WHERE ClusterName = 'frgm-prod'",
                300);
        assertThat(alarm(prod, "redis-evictions")).containsEntry("Threshold", 0);
    }

    @Test
    void watchesTheLoadBalancerTargets() {
        assertThat(alarm(prod, "unhealthy-hosts"))
                .containsEntry("MetricName", "UnHealthyHostCount")
                .containsEntry("Statistic", "Maximum")
                .containsEntry("Period", 60)
                .containsEntry("Threshold", 1)
                .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold")
                .containsEntry("EvaluationPeriods", 2)
                .containsEntry("DatapointsToAlarm", 2);
        assertThat(alarm(prod, "slow-responses"))
                .containsEntry("MetricName", "TargetResponseTime")
                .containsEntry("ExtendedStatistic", "p95")
                .containsEntry("Period", 300)
                .containsEntry("Threshold", 2)
                .containsEntry("ComparisonOperator", "GreaterThanThreshold");
    }

    @Test
    void raisesServiceDownWhenARoleHasNoRunningTaskOrStopsReporting() {
        for (String role : List.of("ingest", "dashboard")) {
            Map<String, Object> a = alarm(prod, role + "-down");
            assertThat(a)
                    .containsEntry("Namespace", "ECS/ContainerInsights")
                    .containsEntry("MetricName", "RunningTaskCount")
                    .containsEntry("ComparisonOperator", "LessThanThreshold")
                    .containsEntry("Threshold", 1)
                    .containsEntry("Period", 60)
                    .containsEntry("EvaluationPeriods", 1)
                    .containsEntry("TreatMissingData", "breaching");
            assertThat(text(a, "Dimensions")).contains("ClusterName", "ServiceName");
        }
    }

    @Test
    void watchesTheArchiveAgainstTheRpoTheLadderLagAndDeadLetters() {
        Map<String, Object> archive = alarm(prod, "archive-lag");
        assertThat(text(archive, "Metrics", 0, "MetricStat", "Metric", "MetricName"))
                .isEqualTo("frgm.archive.lag.seconds.value");
        assertThat(archive)
                .containsEntry("Threshold", 3)
                .containsEntry("TreatMissingData", "breaching")
                .containsEntry("ComparisonOperator", "GreaterThanThreshold");
        Map<String, Object> projection = alarm(prod, "projection-lag");
        assertThat(text(projection, "Metrics", 0, "MetricStat", "Metric", "MetricName"))
                .isEqualTo("frgm.projection.lag.max");
        assertThat(projection).containsEntry("Threshold", 1000);
        assertQuery(
                alarm(prod, "history-dead-letters"), "SELECT MAX(\"frgm.deadletters.value\") FROM \"FRGM/prod\"", 60);
        assertThat(alarm(prod, "history-dead-letters")).containsEntry("Threshold", 0);
        assertThat(alarm(prod, "notification-dead-letters"))
                .containsEntry("MetricName", "ApproximateNumberOfMessagesVisible")
                .containsEntry("Threshold", 0);
    }

    @Test
    void watchesTheEventStoresCpuStorageAndConnections() {
        assertThat(alarm(prod, "db-cpu"))
                .containsEntry("MetricName", "CPUUtilization")
                .containsEntry("Namespace", "AWS/RDS")
                .containsEntry("Threshold", 80);
        // 20 % of prod's 100 GB.
        assertThat(((Number) alarm(prod, "db-free-storage").get("Threshold")).doubleValue())
                .isEqualTo(20.0 * 1024 * 1024 * 1024);
        assertThat(alarm(prod, "db-free-storage")).containsEntry("ComparisonOperator", "LessThanThreshold");
        assertThat(alarm(prod, "db-connections"))
                .containsEntry("MetricName", "DatabaseConnections")
                .containsEntry("Threshold", 360);
    }

    @Test
    void budgetsTheAccountAt1000DollarsAlertingAt80PercentOnceWithProd() {
        Map<String, Object> budget =
                properties(prod, "AWS::Budgets::Budget").values().iterator().next();
        assertThat((Object) at(budget, "Budget", "BudgetLimit")).isEqualTo(Map.of("Amount", 1000, "Unit", "USD"));
        assertThat((Object) at(budget, "Budget", "TimeUnit")).isEqualTo("MONTHLY");
        assertThat((Object) at(budget, "NotificationsWithSubscribers", 0, "Notification"))
                .isEqualTo(Map.of(
                        "ComparisonOperator",
                        "GREATER_THAN",
                        "NotificationType",
                        "ACTUAL",
                        "Threshold",
                        80,
                        "ThresholdType",
                        "PERCENTAGE"));
        assertThat((Object) at(budget, "NotificationsWithSubscribers", 0, "Subscribers", 0))
                .isEqualTo(Map.of("Address", Map.of("Ref", topic(prod)), "SubscriptionType", "SNS"));
        assertThat(text(
                        properties(prod, "AWS::SNS::TopicPolicy")
                                .values()
                                .iterator()
                                .next(),
                        "PolicyDocument"))
                .contains("budgets.amazonaws.com", "SNS:Publish");
        dev.resourceCountIs("AWS::Budgets::Budget", 0);
        assertThat(alarm(prod, "estimated-charges"))
                .containsEntry("Namespace", "AWS/Billing")
                .containsEntry("Threshold", 1000);
    }

    @Test
    void drawsADashboardWithEveryAlarm() {
        Map<String, Object> dashboard = only(prod, "AWS::CloudWatch::Dashboard", "DashboardName", "frgm-overview-prod");
        String body = text(dashboard, "DashboardBody");
        assertThat(body)
                .contains(
                        "frgm.ingest.files.count",
                        "frgm.feed.stalled.value",
                        "frgm.archive.lag.seconds.value",
                        "DatabaseMemoryUsagePercentage",
                        "alarm");
    }

    private static void assertQuery(Map<String, Object> alarm, String expression, int period) {
        List<?> metrics = (List<?>) alarm.get("Metrics");
        assertThat(metrics).hasSize(1);
        assertThat(text(metrics, 0, "Expression")).isEqualTo(expression);
        assertThat(text(metrics, 0, "Period")).isEqualTo(String.valueOf(period));
    }

    private static Map<String, Object> alarm(Template t, String what) {
        String env = t.toJSON().toString().contains("frgm-prod-") ? "prod" : "dev";
        return only(t, "AWS::CloudWatch::Alarm", "AlarmName", "frgm-" + env + "-" + what);
    }

    private static String topic(Template t) {
        return t.findResources("AWS::SNS::Topic").keySet().iterator().next();
    }
}
