package com.frgm.dashboard.infra.compute;

import static com.frgm.dashboard.infra.Resources.at;
import static com.frgm.dashboard.infra.Resources.only;
import static com.frgm.dashboard.infra.Resources.properties;
import static com.frgm.dashboard.infra.Resources.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.infra.Synthesized;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class ComputeStackTest {

    private final Template prod = Synthesized.stack("frgm-prod-compute");
    private final Template dev = Synthesized.stack("frgm-dev-compute");

    @Test
    void runsBothRolesFromTheOneImageOnFargateWithContainerInsights() {
        assertThat(only(prod, "AWS::ECS::Cluster", "ClusterName", "frgm-prod").get("ClusterSettings"))
                .isEqualTo(List.of(Map.of("Name", "containerInsights", "Value", "enabled")));
        for (String role : List.of("ingest", "dashboard")) {
            Map<String, Object> container = container(prod, role);
            assertThat(text(container, "Image")).contains("/frgm-dashboard:latest", "123456789012.dkr.ecr.us-east-1.");
            assertThat(environment(container))
                    .containsEntry("FRGM_ROLES", role)
                    .containsEntry("FRGM_ENV", "prod")
                    .containsEntry("FRGM_DEMO_FEED", "false")
                    .containsEntry("MANAGEMENT_CLOUDWATCH_METRICS_EXPORT_ENABLED", "true")
                    .containsEntry("MANAGEMENT_CLOUDWATCH_METRICS_EXPORT_NAMESPACE", "FRGM/prod")
                    .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true")
                    .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
            assertThat(secrets(container)).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
            assertThat(text(container, "LogConfiguration")).contains("awslogs", "non-blocking");
        }
    }

    @Test
    void pointsTheIngestRoleAtTheBucketsThroughTheNotificationQueue() {
        Map<String, Object> env = environment(container(prod, "ingest"));
        assertThat(env).containsEntry("FRGM_INGEST_SOURCE", "s3").containsEntry("FRGM_TT_SECRET_NAME", "frgm/prod/tt");
        assertThat(String.valueOf(env.get("FRGM_SQS_QUEUE_URL"))).contains("Fn::ImportValue", "BucketsNotifications");
        assertThat(String.valueOf(env.get("FRGM_ARCHIVE_URI"))).contains("s3://", "BucketsEvents");
        assertThat(secrets(container(prod, "ingest"))).doesNotContainKeys("SPRING_DATA_REDIS_PASSWORD");
    }

    @Test
    void pointsTheDashboardAtMemoryDbAsARedisClusterWithTlsAndAtDynamoDb() {
        Map<String, Object> container = container(prod, "dashboard");
        assertThat(environment(container))
                .containsEntry("SPRING_DATA_REDIS_SSL_ENABLED", "true")
                .containsEntry("AWS_ENDPOINT_URL_DYNAMODB", "https://dynamodb.us-east-1.amazonaws.com")
                .containsEntry("FRGM_HISTORY_CREATE_TABLES", "false");
        assertThat(String.valueOf(environment(container).get("SPRING_DATA_REDIS_CLUSTER_NODES")))
                .contains("ClusterEndpointAddress", ":6379");
        assertThat(secrets(container)).containsKeys("SPRING_DATA_REDIS_USERNAME", "SPRING_DATA_REDIS_PASSWORD");
    }

    @Test
    void runsTwoDashboardTasksInProdOneIngestAndRollsBackFailedDeployments() {
        Map<String, Object> dashboard = only(prod, "AWS::ECS::Service", "ServiceName", "dashboard");
        Map<String, Object> ingest = only(prod, "AWS::ECS::Service", "ServiceName", "ingest");
        assertThat(dashboard)
                .containsEntry("DesiredCount", 2)
                .containsEntry("AvailabilityZoneRebalancing", "ENABLED")
                .containsEntry("HealthCheckGracePeriodSeconds", 120);
        assertThat(ingest).containsEntry("DesiredCount", 1).doesNotContainKey("HealthCheckGracePeriodSeconds");
        assertThat(only(dev, "AWS::ECS::Service", "ServiceName", "dashboard")).containsEntry("DesiredCount", 1);
        for (Map<String, Object> service : List.of(dashboard, ingest)) {
            assertThat((Object) at(service, "DeploymentConfiguration", "DeploymentCircuitBreaker"))
                    .isEqualTo(Map.of("Enable", true, "Rollback", true));
            assertThat((Object) at(service, "DeploymentConfiguration", "MinimumHealthyPercent"))
                    .isEqualTo(100);
            assertThat((Object) at(service, "NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"))
                    .isEqualTo("DISABLED");
            assertThat((List<?>) at(service, "NetworkConfiguration", "AwsvpcConfiguration", "Subnets"))
                    .hasSize(2);
        }
    }

    @Test
    void scalesTheDashboardOnCpuAndMemoryBetweenTwoAndFourTasksInProd() {
        Map<String, Object> target = properties(prod, "AWS::ApplicationAutoScaling::ScalableTarget")
                .values()
                .iterator()
                .next();
        assertThat(target).containsEntry("MinCapacity", 2).containsEntry("MaxCapacity", 4);
        assertThat(text(target, "ResourceId")).contains("DashboardService");
        assertThat(properties(prod, "AWS::ApplicationAutoScaling::ScalingPolicy").values().stream()
                        .map(p -> text(
                                p,
                                "TargetTrackingScalingPolicyConfiguration",
                                "PredefinedMetricSpecification",
                                "PredefinedMetricType")))
                .containsExactlyInAnyOrder("ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization");
    }

    @Test
    void servesHttpsWithTheContextCertificateAndRedirectsHttp() {
        Map<String, Map<String, Object>> listeners = properties(prod, "AWS::ElasticLoadBalancingV2::Listener");
        Map<String, Object> https = listeners.values().stream()
                .filter(l -> Integer.valueOf(443).equals(l.get("Port")))
                .findFirst()
                .orElseThrow();
        assertThat(https).containsEntry("Protocol", "HTTPS");
        assertThat(https.get("Certificates"))
                .isEqualTo(List.of(Map.of(
                        "CertificateArn",
                        "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000")));
        assertThat(text(https, "SslPolicy")).startsWith("ELBSecurityPolicy-TLS13");
        Map<String, Object> http = listeners.values().stream()
                .filter(l -> Integer.valueOf(80).equals(l.get("Port")))
                .findFirst()
                .orElseThrow();
        assertThat((Object) at(http, "DefaultActions", 0, "RedirectConfig"))
                .isEqualTo(Map.of("Port", "443", "Protocol", "HTTPS", "StatusCode", "HTTP_301"));
    }

    @Test
    void keepsSseStreamsOpenLongerThanTheHeartbeatAndChecksReadiness() {
        Map<String, Object> alb = properties(prod, "AWS::ElasticLoadBalancingV2::LoadBalancer")
                .values()
                .iterator()
                .next();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) alb.get("LoadBalancerAttributes")) {
            attributes.put((String) a.get("Key"), a.get("Value"));
        }
        assertThat(Integer.parseInt((String) attributes.get("idle_timeout.timeout_seconds")))
                .isGreaterThan(15 * 2);
        assertThat(attributes).containsEntry("access_logs.s3.enabled", "true");
        assertThat(alb).containsEntry("Scheme", "internet-facing");
        Map<String, Object> targets = properties(prod, "AWS::ElasticLoadBalancingV2::TargetGroup")
                .values()
                .iterator()
                .next();
        assertThat(targets)
                .containsEntry("HealthCheckPath", "/actuator/health/readiness")
                .containsEntry("Port", 8080)
                .containsEntry("TargetType", "ip");
        assertThat(text(
                        only(prod, "AWS::ECS::Service", "ServiceName", "dashboard"),
                        "LoadBalancers",
                        0,
                        "ContainerPort"))
                .isEqualTo("8080");
    }

    static Map<String, Object> container(Template t, String role) {
        String env = t.toJSON().toString().contains("frgm-prod") ? "prod" : "dev";
        return at(only(t, "AWS::ECS::TaskDefinition", "Family", "frgm-" + role + "-" + env), "ContainerDefinitions", 0);
    }

    static Map<String, Object> environment(Map<String, Object> container) {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) container.get("Environment")) {
            env.put((String) e.get("Name"), e.get("Value"));
        }
        return env;
    }

    static Map<String, Object> secrets(Map<String, Object> container) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) container.get("Secrets")) {
            secrets.put((String) e.get("Name"), e.get("ValueFrom"));
        }
        return secrets;
    }
}
