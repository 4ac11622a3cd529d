package com.frgm.dashboard.infra.network;

import static com.frgm.dashboard.infra.Resources.groupId;
import static com.frgm.dashboard.infra.Resources.idOf;
import static com.frgm.dashboard.infra.Resources.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.infra.Synthesized;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class NetworkStackTest {

    private final Template prod = Synthesized.stack("frgm-prod-network");
    private final Template dev = Synthesized.stack("frgm-dev-network");

    @Test
    void spansTwoZonesWithPublicPrivateAndIsolatedSubnets() {
        for (Template t : List.of(prod, dev)) {
            Map<String, Map<String, Object>> subnets = properties(t, "AWS::EC2::Subnet");
            assertThat(subnets).hasSize(6);
            assertThat(subnets.values().stream()
                            .map(s -> s.get("AvailabilityZone"))
                            .collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("us-east-1a", "us-east-1b");
            assertThat(subnets.values().stream().filter(s -> Boolean.TRUE.equals(s.get("MapPublicIpOnLaunch"))))
                    .hasSize(2);
        }
    }

    @Test
    void hasOneNatGatewayForTheTtApiOnly() {
        prod.resourceCountIs("AWS::EC2::NatGateway", 1);
        dev.resourceCountIs("AWS::EC2::NatGateway", 1);
    }

    @Test
    void routesS3AndDynamoDbThroughFreeGatewayEndpointsEverywhere() {
        for (Template t : List.of(prod, dev)) {
            for (String service : List.of(".s3", ".dynamodb")) {
                Map<String, Object> endpoint = properties(t, "AWS::EC2::VPCEndpoint").values().stream()
                        .filter(e -> e.get("ServiceName")
                                .equals(Map.of(
                                        "Fn::Join",
                                        List.of("", List.of("com.amazonaws.", Map.of("Ref", "AWS::Region"), service)))))
                        .findFirst()
                        .orElseThrow();
                assertThat(endpoint).containsEntry("VpcEndpointType", "Gateway");
                // Every route table: public, services and data subnets of both zones.
                assertThat((List<?>) endpoint.get("RouteTableIds")).hasSize(6);
            }
        }
    }

    @Test
    void givesProdInterfaceEndpointsInBothZonesReachableOnlyFromTheServices() {
        Map<String, Map<String, Object>> endpoints = properties(prod, "AWS::EC2::VPCEndpoint");
        Set<Object> interfaces = endpoints.values().stream()
                .filter(e -> "Interface".equals(e.get("VpcEndpointType")))
                .map(e -> e.get("ServiceName"))
                .collect(Collectors.toSet());
        assertThat(interfaces)
                .containsExactlyInAnyOrder(
                        "com.amazonaws.us-east-1.sqs",
                        "com.amazonaws.us-east-1.secretsmanager",
                        "com.amazonaws.us-east-1.ecr.api",
                        "com.amazonaws.us-east-1.ecr.dkr",
                        "com.amazonaws.us-east-1.logs",
                        "com.amazonaws.us-east-1.monitoring");
        endpoints.values().stream()
                .filter(e -> "Interface".equals(e.get("VpcEndpointType")))
                .forEach(e -> {
                    assertThat((List<?>) e.get("SubnetIds")).hasSize(2);
                    assertThat(e.get("PrivateDnsEnabled")).isEqualTo(true);
                });
        String endpointsGroup = idOf(prod, "AWS::EC2::SecurityGroup", "GroupName", "frgm-endpoints-prod");
        assertThat(properties(prod, "AWS::EC2::SecurityGroup").get(endpointsGroup))
                .doesNotContainKey("SecurityGroupIngress");
        assertThat(ingressSources(prod, endpointsGroup, 443))
                .containsExactlyInAnyOrder(groupId(group(prod, "ingest")), groupId(group(prod, "dashboard")));
    }

    @Test
    void leavesDevWithoutInterfaceEndpointsItsNatGatewayServes() {
        assertThat(properties(dev, "AWS::EC2::VPCEndpoint").values())
                .noneMatch(e -> "Interface".equals(e.get("VpcEndpointType")));
    }

    @Test
    void admitsPostgresOnlyFromTheTwoServicesAndRedisOnlyFromTheDashboard() {
        for (Template t : List.of(prod, dev)) {
            String env = t == prod ? "prod" : "dev";
            assertThat(ingressSources(t, group(t, "postgres"), 5432))
                    .containsExactlyInAnyOrder(groupId(group(t, "ingest")), groupId(group(t, "dashboard")));
            assertThat(ingressSources(t, group(t, "redis"), 6379)).containsExactly(groupId(group(t, "dashboard")));
            assertThat(allIngress(t, group(t, "postgres"))).hasSize(2);
            assertThat(allIngress(t, group(t, "redis"))).hasSize(1);
            assertThat(ingressSources(t, group(t, "dashboard"), 8080)).containsExactly(groupId(group(t, "alb")));
            assertThat(allIngress(t, group(t, "ingest")))
                    .as(env + ": nothing calls the ingest tasks")
                    .isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensTheLoadBalancerOnlyToTheDeskRangesAndNoGroupToTheWorld() {
        Map<String, Object> alb = properties(prod, "AWS::EC2::SecurityGroup").get(group(prod, "alb"));
        assertThat((List<Object>) alb.get("SecurityGroupIngress"))
                .containsExactlyInAnyOrder(
                        Map.<String, Object>of(
                                "CidrIp",
                                "203.0.113.0/24",
                                "Description",
                                "HTTPS from the desk",
                                "FromPort",
                                443,
                                "IpProtocol",
                                "tcp",
                                "ToPort",
                                443),
                        Map.<String, Object>of(
                                "CidrIp",
                                "203.0.113.0/24",
                                "Description",
                                "HTTP, redirected to HTTPS",
                                "FromPort",
                                80,
                                "IpProtocol",
                                "tcp",
                                "ToPort",
                                80));
        for (Template t : List.of(prod, dev)) {
            properties(t, "AWS::EC2::SecurityGroup")
                    .values()
                    .forEach(g -> assertThat(String.valueOf(g.get("SecurityGroupIngress")))
                            .doesNotContain("0.0.0.0/0"));
        }
    }

    private static String group(Template t, String name) {
        String env = properties(t, "AWS::EC2::VPC")
                        .values()
                        .iterator()
                        .next()
                        .get("CidrBlock")
                        .equals("10.20.0.0/16")
                ? "prod"
                : "dev";
        return idOf(t, "AWS::EC2::SecurityGroup", "GroupName", "frgm-" + name + "-" + env);
    }

    private static List<Map<String, Object>> allIngress(Template t, String groupId) {
        return properties(t, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(r -> groupId(groupId).equals(r.get("GroupId")))
                .toList();
    }

    private static List<Object> ingressSources(Template t, String groupId, int port) {
        return allIngress(t, groupId).stream()
                .filter(r -> Integer.valueOf(port).equals(r.get("FromPort"))
                        && Integer.valueOf(port).equals(r.get("ToPort")))
                .map(r -> r.get("SourceSecurityGroupId"))
                .toList();
    }
}
