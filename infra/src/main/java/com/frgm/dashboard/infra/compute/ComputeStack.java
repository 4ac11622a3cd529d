package com.frgm.dashboard.infra.compute;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.network.NetworkStack;
import com.frgm.dashboard.infra.stores.DataStack;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.MemoryUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.Secret;
import software.constructs.Construct;

/**
 * The ECS cluster and the application's two services from one image (ADR 0001): ingest (S3
 * source over SQS notifications, command side, archiver, TT poller) and dashboard (projections,
 * history, UI) behind the load balancer. Ingest runs one task: appends are serialised by the
 * advisory lock (ADR 0002), so a second one would add no throughput, and two TT pollers would
 * share TT's request limits (ADR 0006). The dashboard runs across both zones and scales on CPU.
 */
public class ComputeStack extends Stack {

    private final Cluster cluster;
    private final AppService ingest;
    private final AppService dashboard;
    private final DashboardLoadBalancer loadBalancer;

    public ComputeStack(
            Construct scope, String id, StackProps props, Settings settings, NetworkStack network, DataStack data) {
        super(scope, id, props);
        cluster = Cluster.Builder.create(this, "Cluster")
                .clusterName("frgm-" + settings.env())
                .vpc(network.vpc())
                // Container Insights publishes RunningTaskCount, which the service-down alarm needs.
                .containerInsightsV2(ContainerInsights.ENABLED)
                .build();
        IRepository repository = Repository.fromRepositoryName(this, "Images", settings.imageRepository());

        Map<String, Secret> database = Map.of(
                "SPRING_DATASOURCE_USERNAME",
                        Secret.fromSecretsManager(data.database().secret(), "username"),
                "SPRING_DATASOURCE_PASSWORD",
                        Secret.fromSecretsManager(data.database().secret(), "password"));

        Map<String, String> ingestEnv = common(settings, data, "ingest");
        ingestEnv.put("FRGM_INGEST_SOURCE", "s3");
        ingestEnv.put("FRGM_SQS_QUEUE_URL", data.buckets().notifications().getQueueUrl());
        ingestEnv.put("FRGM_ARCHIVE_URI", "s3://" + data.buckets().events().getBucketName());
        ingestEnv.put("FRGM_TT_BASE_URL", settings.ttBaseUrl());
        ingestEnv.put("FRGM_TT_SECRET_NAME", DataStack.ttSecretName(settings));
        ingest = new AppService(
                this,
                "Ingest",
                settings,
                cluster,
                network.serviceSubnets(),
                repository,
                new AppService.Spec(
                        "ingest",
                        settings.ingestCpu(),
                        settings.ingestMemoryMb(),
                        1,
                        network.securityGroups().ingest(),
                        ingestEnv,
                        database,
                        null));
        TaskPolicies.ingest(ingest.taskRole(), settings, data);

        Map<String, String> dashboardEnv = common(settings, data, "dashboard");
        // In AWS the history tables exist (DataStack); the application only checks that.
        dashboardEnv.put("AWS_ENDPOINT_URL_DYNAMODB", "https://dynamodb." + settings.region() + ".amazonaws.com");
        dashboardEnv.put("FRGM_HISTORY_CREATE_TABLES", "false");
        // MemoryDB is a Redis Cluster: Spring's standard cluster keys, TLS, the ACL user.
        dashboardEnv.put("SPRING_DATA_REDIS_CLUSTER_NODES", data.cache().clusterNodes());
        dashboardEnv.put("SPRING_DATA_REDIS_SSL_ENABLED", "true");
        Map<String, Secret> dashboardSecrets = new LinkedHashMap<>(database);
        dashboardSecrets.put(
                "SPRING_DATA_REDIS_USERNAME",
                Secret.fromSecretsManager(data.cache().secret(), "username"));
        dashboardSecrets.put(
                "SPRING_DATA_REDIS_PASSWORD",
                Secret.fromSecretsManager(data.cache().secret(), "password"));
        SignIn.environment(settings, dashboardEnv);
        SignIn.secrets(settings, data, dashboardSecrets);
        dashboard = new AppService(
                this,
                "Dashboard",
                settings,
                cluster,
                network.serviceSubnets(),
                repository,
                new AppService.Spec(
                        "dashboard",
                        settings.dashboardCpu(),
                        settings.dashboardMemoryMb(),
                        settings.dashboardTasks(),
                        network.securityGroups().dashboard(),
                        dashboardEnv,
                        dashboardSecrets,
                        Duration.seconds(120)));
        TaskPolicies.dashboard(dashboard.taskRole(), settings, data);

        loadBalancer = new DashboardLoadBalancer(
                this,
                "LoadBalancer",
                settings,
                network.vpc(),
                network.securityGroups().loadBalancer(),
                data.buckets().monitoring());
        loadBalancer.route(dashboard.service());

        ScalableTaskCount scaling = dashboard
                .service()
                .autoScaleTaskCount(EnableScalingProps.builder()
                        .minCapacity(settings.dashboardTasks())
                        .maxCapacity(settings.dashboardMaxTasks())
                        .build());
        scaling.scaleOnCpuUtilization(
                "Cpu",
                CpuUtilizationScalingProps.builder()
                        .targetUtilizationPercent(60)
                        .scaleOutCooldown(Duration.seconds(60))
                        .scaleInCooldown(Duration.minutes(5))
                        .build());
        scaling.scaleOnMemoryUtilization(
                "Memory",
                MemoryUtilizationScalingProps.builder()
                        .targetUtilizationPercent(75)
                        .scaleOutCooldown(Duration.seconds(60))
                        .scaleInCooldown(Duration.minutes(5))
                        .build());
    }

    /** What both roles are told: who they are, where the event store is, how to report. */
    private static Map<String, String> common(Settings settings, DataStack data, String role) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FRGM_ROLES", role);
        env.put("FRGM_ENV", settings.env());
        env.put("FRGM_DEMO_FEED", "false");
        env.put("AWS_REGION", settings.region());
        env.put("SPRING_DATASOURCE_URL", data.database().jdbcUrl());
        env.put("MANAGEMENT_CLOUDWATCH_METRICS_EXPORT_ENABLED", "true");
        env.put("MANAGEMENT_CLOUDWATCH_METRICS_EXPORT_NAMESPACE", settings.metricsNamespace());
        // The readiness and liveness groups exist outside Kubernetes only when asked for.
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        return env;
    }

    public Cluster cluster() {
        return cluster;
    }

    public AppService ingest() {
        return ingest;
    }

    public AppService dashboard() {
        return dashboard;
    }

    public DashboardLoadBalancer loadBalancer() {
        return loadBalancer;
    }
}
