package com.frgm.dashboard.infra.monitoring;

import static com.frgm.dashboard.infra.monitoring.AppAlarms.FIVE_MINUTES;
import static com.frgm.dashboard.infra.monitoring.AppAlarms.MINUTE;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.compute.ComputeStack;
import com.frgm.dashboard.infra.stores.DataStack;
import java.util.List;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.constructs.Construct;

/** One page for the desk's on-call: every alarm's state, then the feeds, the pipeline and the stores. */
final class OverviewDashboard {

    private OverviewDashboard() {}

    static Dashboard create(
            Construct scope,
            Settings settings,
            AppMetrics metrics,
            DataStack data,
            ComputeStack compute,
            List<Alarm> alarms) {
        Dashboard dashboard = Dashboard.Builder.create(scope, "Dashboard")
                .dashboardName(settings.name("overview"))
                .build();
        MetricOptions sum =
                MetricOptions.builder().statistic("Sum").period(MINUTE).build();
        MetricOptions max =
                MetricOptions.builder().statistic("Maximum").period(MINUTE).build();
        var lb = compute.loadBalancer();
        dashboard.addWidgets(AlarmStatusWidget.Builder.create()
                .title("Alarms")
                .alarms(alarms)
                .width(24)
                .height(6)
                .build());
        dashboard.addWidgets(
                graph(
                        "Files accepted / errors per minute",
                        metrics.filesAccepted(MINUTE),
                        metrics.ingestErrors(MINUTE)),
                graph("Feeds stalled (1 = yes)", metrics.anyFeedStalled(MINUTE)),
                graph(
                        "Archive lag (s) / projection lag (ms)",
                        metrics.archiveLagSeconds(MINUTE),
                        metrics.projectionLagMax(MINUTE)));
        dashboard.addWidgets(
                graph(
                        "Requests, p95 latency",
                        lb.loadBalancer().getMetrics().requestCount(sum),
                        lb.loadBalancer()
                                .getMetrics()
                                .targetResponseTime(MetricOptions.builder()
                                        .statistic("p95")
                                        .period(FIVE_MINUTES)
                                        .build())),
                graph(
                        "Healthy / unhealthy dashboard tasks",
                        lb.targets().getMetrics().healthyHostCount(max),
                        lb.targets().getMetrics().unhealthyHostCount(max),
                        lb.targets().getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, sum)),
                graph(
                        "Service CPU %",
                        compute.ingest().service().metricCpuUtilization(),
                        compute.dashboard().service().metricCpuUtilization()));
        String redisWhere = " WHERE ClusterName = 'frgm-" + settings.env() + "'";
        dashboard.addWidgets(
                graph(
                        "Event store CPU % / connections",
                        data.database().instance().metricCPUUtilization(),
                        data.database().instance().metricDatabaseConnections()),
                graph(
                        "Redis memory %",
                        AppMetrics.awsQuery(
                                "Redis memory %",
                                "MAX", "DatabaseMemoryUsagePercentage", "AWS/MemoryDB", redisWhere, MINUTE)),
                graph(
                        "Notifications waiting / parked",
                        data.buckets().notifications().metricApproximateNumberOfMessagesVisible(max),
                        data.buckets().deadLetters().metricApproximateNumberOfMessagesVisible(max)));
        return dashboard;
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return GraphWidget.Builder.create()
                .title(title)
                .left(List.of(metrics))
                .width(8)
                .height(6)
                .build();
    }
}
