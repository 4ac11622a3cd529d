package com.frgm.dashboard.infra.monitoring;

import static com.frgm.dashboard.infra.monitoring.AlarmFactory.Condition.above;
import static com.frgm.dashboard.infra.monitoring.AlarmFactory.Condition.atLeast;
import static com.frgm.dashboard.infra.monitoring.AlarmFactory.Condition.below;
import static com.frgm.dashboard.infra.monitoring.AppAlarms.FIVE_MINUTES;
import static com.frgm.dashboard.infra.monitoring.AppAlarms.MINUTE;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.compute.AppService;
import com.frgm.dashboard.infra.compute.ComputeStack;
import com.frgm.dashboard.infra.stores.DataStack;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.dynamodb.Operation;
import software.amazon.awscdk.services.dynamodb.OperationsMetricOptions;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;

/** Alarms on what AWS reports about the services and stores: the desk's list plus the plans' extras. */
final class PlatformAlarms {

    /** The operations the history projections and API use (ADR 0009). */
    static final List<Operation> HISTORY_OPERATIONS =
            List.of(Operation.BATCH_WRITE_ITEM, Operation.PUT_ITEM, Operation.GET_ITEM, Operation.QUERY);

    private PlatformAlarms() {}

    static void create(AlarmFactory alarms, Settings settings, DataStack data, ComputeStack compute) {
        for (Table table : data.history().all()) {
            String name = table.getNode().getId();
            alarms.alarm(
                    "Throttles" + name,
                    "dynamodb-throttles-" + name.toLowerCase(java.util.Locale.ROOT),
                    above(
                            table.metricThrottledRequestsForOperations(OperationsMetricOptions.builder()
                                    .operations(HISTORY_OPERATIONS)
                                    .period(MINUTE)
                                    .statistic("Sum")
                                    .build()),
                            0),
                    "DynamoDB throttled requests on the history table (ThrottledRequests > 0); "
                            + "the projection retries, then dead-letters.");
        }
        String redisWhere = " WHERE ClusterName = '" + "frgm-" + settings.env() + "'";
        alarms.alarm(
                "RedisMemory",
                "redis-memory",
                above(
                        AppMetrics.awsQuery(
                                "Redis memory %",
                                "MAX", "DatabaseMemoryUsagePercentage", "AWS/MemoryDB", redisWhere, FIVE_MINUTES),
                        80),
                "MemoryDB memory above 80 % (DatabaseMemoryUsagePercentage). docs/runbook-redis-memory.md");
        alarms.alarm(
                "RedisEvictions",
                "redis-evictions",
                above(
                        AppMetrics.awsQuery(
                                "Redis evictions", "SUM", "Evictions", "AWS/MemoryDB", redisWhere, FIVE_MINUTES),
                        0),
                "MemoryDB evicted keys (Evictions > 0): the read model is incomplete until rebuilt. "
                        + "docs/runbook-redis-memory.md");

        var targets = compute.loadBalancer().targets().getMetrics();
        alarms.alarm(
                "UnhealthyHosts",
                "unhealthy-hosts",
                atLeast(
                                targets.unhealthyHostCount(MetricOptions.builder()
                                        .statistic("Maximum")
                                        .period(MINUTE)
                                        .build()),
                                1)
                        .sustained(2),
                "A dashboard task has failed its readiness check for 2 minutes (UnHealthyHostCount >= 1). "
                        + "docs/runbook-task-crash.md");
        alarms.alarm(
                "SlowResponses",
                "slow-responses",
                above(
                        compute.loadBalancer()
                                .loadBalancer()
                                .getMetrics()
                                .targetResponseTime(MetricOptions.builder()
                                        .statistic("p95")
                                        .period(FIVE_MINUTES)
                                        .build()),
                        2),
                "p95 TargetResponseTime above 2 s over 5 minutes.");
        alarms.alarm(
                "Target5xx",
                "target-5xx",
                atLeast(
                        targets.httpCodeTarget(
                                HttpCodeTarget.TARGET_5XX_COUNT,
                                MetricOptions.builder()
                                        .statistic("Sum")
                                        .period(FIVE_MINUTES)
                                        .build()),
                        5),
                "The dashboard answered 5xx at least 5 times in 5 minutes.");

        for (AppService service : List.of(compute.ingest(), compute.dashboard())) {
            String role = service.role();
            String id = role.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + role.substring(1);
            alarms.alarm(
                    id + "Down",
                    role + "-down",
                    below(runningTasks(compute, service), 1).missingIsBreaching(),
                    "No " + role + " task is running (ECS RunningTaskCount < 1). docs/runbook-task-crash.md");
            alarms.alarm(
                    id + "Cpu",
                    role + "-cpu",
                    above(
                                    service.service()
                                            .metricCpuUtilization(MetricOptions.builder()
                                                    .period(FIVE_MINUTES)
                                                    .build()),
                                    70)
                            .sustained(3),
                    "The " + role + " service has used more than 70 % CPU for 15 minutes.");
            alarms.alarm(
                    id + "Memory",
                    role + "-memory",
                    above(
                                    service.service()
                                            .metricMemoryUtilization(MetricOptions.builder()
                                                    .period(FIVE_MINUTES)
                                                    .build()),
                                    90)
                            .sustained(2),
                    "The " + role + " service has used more than 90 % of its memory for 10 minutes "
                            + "(the JVM exits on OutOfMemoryError and ECS replaces it).");
        }

        var db = data.database().instance();
        alarms.alarm(
                "DatabaseCpu",
                "db-cpu",
                above(
                                db.metricCPUUtilization(MetricOptions.builder()
                                        .period(FIVE_MINUTES)
                                        .build()),
                                80)
                        .sustained(3),
                "Event store CPU above 80 % for 15 minutes.");
        double freeStorageFloor = settings.dbStorageGb() * 0.2 * 1024 * 1024 * 1024;
        alarms.alarm(
                "DatabaseStorage",
                "db-free-storage",
                below(
                        db.metricFreeStorageSpace(MetricOptions.builder()
                                .statistic("Minimum")
                                .period(FIVE_MINUTES)
                                .build()),
                        freeStorageFloor),
                "Event store free storage below 20 % of the allocated " + settings.dbStorageGb() + " GB.");
        alarms.alarm(
                "DatabaseConnections",
                "db-connections",
                above(
                        db.metricDatabaseConnections(MetricOptions.builder()
                                .statistic("Maximum")
                                .period(FIVE_MINUTES)
                                .build()),
                        Math.floor(settings.dbMaxConnections() * 0.8)),
                "Event store connections above 80 % of max_connections (" + settings.dbMaxConnections() + ").");

        alarms.alarm(
                "NotificationDeadLetters",
                "notification-dead-letters",
                above(
                        data.buckets()
                                .deadLetters()
                                .metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                                        .statistic("Maximum")
                                        .period(FIVE_MINUTES)
                                        .build()),
                        0),
                "S3 notifications the ingest role failed on 5 times are parked in the DLQ; their files wait "
                        + "in the bucket. docs/runbook-feed-stalled.md");
    }

    /** Published by Container Insights, per cluster and service. */
    private static Metric runningTasks(ComputeStack compute, AppService service) {
        return Metric.Builder.create()
                .namespace("ECS/ContainerInsights")
                .metricName("RunningTaskCount")
                .dimensionsMap(Map.of(
                        "ClusterName",
                        compute.cluster().getClusterName(),
                        "ServiceName",
                        service.service().getServiceName()))
                .statistic("Minimum")
                .period(MINUTE)
                .build();
    }
}
