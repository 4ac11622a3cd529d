package com.frgm.dashboard.infra.compute;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.network.SecurityGroups;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecs.AvailabilityZoneRebalancing;
import software.amazon.awscdk.services.ecs.AwsLogDriverMode;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.PropagatedTagSource;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One ECS Fargate service running the one image in one role (ADR 0001). A deployment whose tasks
 * never become healthy is stopped and rolled back by ECS's circuit breaker; a new task starts
 * before an old one stops, so a deploy never leaves the role without a task.
 */
public final class AppService extends Construct {

    public static final String CONTAINER = "app";

    /** How a role's service differs from the other's. */
    public record Spec(
            String role,
            int cpu,
            int memoryMb,
            int desiredCount,
            ISecurityGroup securityGroup,
            Map<String, String> environment,
            Map<String, Secret> secrets,
            Duration gracePeriod /* null without a load balancer */) {}

    private final String role;
    private final FargateService service;
    private final Role taskRole;
    private final LogGroup logs;

    AppService(
            Construct scope,
            String id,
            Settings settings,
            ICluster cluster,
            SubnetSelection subnets,
            IRepository repository,
            Spec spec) {
        super(scope, id);
        role = spec.role();
        taskRole = Role.Builder.create(this, "TaskRole")
                .roleName(settings.name(spec.role() + "-task"))
                .description("What the " + spec.role() + " role of the application may touch")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .build();
        logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/frgm/" + settings.env() + "/" + spec.role())
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        FargateTaskDefinition task = FargateTaskDefinition.Builder.create(this, "Task")
                .family(settings.name(spec.role()))
                .cpu(spec.cpu())
                .memoryLimitMiB(spec.memoryMb())
                .taskRole(taskRole)
                .runtimePlatform(RuntimePlatform.builder()
                        .cpuArchitecture(CpuArchitecture.X86_64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX)
                        .build())
                .build();
        ContainerDefinition container = task.addContainer(
                CONTAINER,
                ContainerDefinitionOptions.builder()
                        .image(ContainerImage.fromEcrRepository(repository, settings.imageTag()))
                        .environment(spec.environment())
                        .secrets(spec.secrets())
                        .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder()
                                .logGroup(logs)
                                .streamPrefix(spec.role())
                                // A slow log endpoint must not block the application's threads.
                                .mode(AwsLogDriverMode.NON_BLOCKING)
                                .maxBufferSize(Size.mebibytes(25))
                                .build()))
                        // Graceful shutdown gives requests 10 s (application.yml), the rest stops in a few; then
                        // SIGKILL.
                        .stopTimeout(Duration.seconds(30))
                        .build());
        container.addPortMappings(
                PortMapping.builder().containerPort(SecurityGroups.APP_PORT).build());
        service = FargateService.Builder.create(this, "Service")
                .serviceName(spec.role())
                .cluster(cluster)
                .taskDefinition(task)
                .desiredCount(spec.desiredCount())
                .vpcSubnets(subnets)
                .securityGroups(List.of(spec.securityGroup()))
                .assignPublicIp(false)
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder()
                        .enable(true)
                        .rollback(true)
                        .build())
                // Only a service behind a load balancer may have one (ECS refuses it otherwise).
                .healthCheckGracePeriod(spec.gracePeriod())
                .availabilityZoneRebalancing(AvailabilityZoneRebalancing.ENABLED)
                .enableEcsManagedTags(true)
                .propagateTags(PropagatedTagSource.SERVICE)
                .build();
    }

    public String role() {
        return role;
    }

    public FargateService service() {
        return service;
    }

    public Role taskRole() {
        return taskRole;
    }

    public LogGroup logs() {
        return logs;
    }
}
