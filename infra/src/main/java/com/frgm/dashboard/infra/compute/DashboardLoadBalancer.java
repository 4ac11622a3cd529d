package com.frgm.dashboard.infra.compute;

import com.frgm.dashboard.infra.Settings;
import com.frgm.dashboard.infra.network.SecurityGroups;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.RedirectOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The dashboard's front door: HTTPS with the certificate named in the context, HTTP answered
 * with a redirect. The idle timeout must outlast the 15 s SSE heartbeat (ui/LadderEvents) with
 * room for a late one, or the balancer would cut quiet ladder streams; the readiness group is
 * the health check, so a task that cannot serve yet gets no browsers.
 */
public final class DashboardLoadBalancer extends Construct {

    public static final String HEALTH_PATH = "/actuator/health/readiness";
    public static final Duration IDLE_TIMEOUT = Duration.seconds(60);
    public static final Duration STICKINESS = Duration.hours(12);

    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationTargetGroup targets;

    DashboardLoadBalancer(
            Construct scope, String id, Settings settings, IVpc vpc, ISecurityGroup securityGroup, IBucket accessLogs) {
        super(scope, id);
        loadBalancer = ApplicationLoadBalancer.Builder.create(this, "Alb")
                .loadBalancerName(settings.name("dashboard"))
                .vpc(vpc)
                .internetFacing(true)
                .vpcSubnets(
                        SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
                .securityGroup(securityGroup)
                .idleTimeout(IDLE_TIMEOUT)
                .dropInvalidHeaderFields(true)
                .deletionProtection(settings.prod())
                .build();
        loadBalancer.logAccessLogs(accessLogs, "alb");
        targets = ApplicationTargetGroup.Builder.create(this, "Targets")
                .vpc(vpc)
                .port(SecurityGroups.APP_PORT)
                .protocol(ApplicationProtocol.HTTP)
                .targetType(TargetType.IP)
                // SSE streams never end by themselves; a stopping task closes them in its
                // graceful shutdown and browsers reconnect to the other task (Last-Event-ID).
                .deregistrationDelay(Duration.seconds(20))
                // A browser's session lives in one task's memory (ADR 0021): keep it on that task.
                .stickinessCookieDuration(STICKINESS)
                .healthCheck(HealthCheck.builder()
                        .path(HEALTH_PATH)
                        .healthyHttpCodes("200")
                        .interval(Duration.seconds(10))
                        .timeout(Duration.seconds(5))
                        .healthyThresholdCount(2)
                        .unhealthyThresholdCount(3)
                        .build())
                .build();
        loadBalancer.addListener(
                "Https",
                BaseApplicationListenerProps.builder()
                        .port(443)
                        .protocol(ApplicationProtocol.HTTPS)
                        .certificates(List.of(ListenerCertificate.fromArn(settings.certificateArn())))
                        .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                        .defaultAction(ListenerAction.forward(List.of(targets)))
                        // The security group already admits only the desk's ranges.
                        .open(false)
                        .build());
        loadBalancer.addListener(
                "Http",
                BaseApplicationListenerProps.builder()
                        .port(80)
                        .protocol(ApplicationProtocol.HTTP)
                        .defaultAction(ListenerAction.redirect(RedirectOptions.builder()
                                .protocol("HTTPS")
                                .port("443")
                                .permanent(true)
                                .build()))
                        .open(false)
                        .build());
    }

    void route(FargateService service) {
        targets.addTarget(service);
    }

    public ApplicationLoadBalancer loadBalancer() {
        return loadBalancer;
    }

    public ApplicationTargetGroup targets() {
        return targets;
    }
}
