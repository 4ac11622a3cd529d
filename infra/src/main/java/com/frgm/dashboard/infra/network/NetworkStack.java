package com.frgm.dashboard.infra.network;

import com.frgm.dashboard.infra.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/**
 * The VPC over two zones: public subnets hold only the load balancer and the NAT gateway; the
 * services run in private subnets, the databases in isolated ones. S3 and DynamoDB, which carry
 * nearly all the bytes (feed files, archive, history), go through free gateway endpoints. In prod
 * the other AWS APIs go through interface endpoints in both zones, so a task in either zone can
 * start and report without the single NAT gateway, whose zone then only matters for the TT API
 * (ADR 0012 and docs/cost.md weigh this against a second NAT gateway).
 */
public class NetworkStack extends Stack {

    /** What the services and data stores need from the AWS APIs besides S3 and DynamoDB. */
    static final List<InterfaceVpcEndpointAwsService> INTERFACE_ENDPOINTS = List.of(
            InterfaceVpcEndpointAwsService.SQS,
            InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
            InterfaceVpcEndpointAwsService.ECR,
            InterfaceVpcEndpointAwsService.ECR_DOCKER,
            InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
            InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING);

    private final Vpc vpc;
    private final SecurityGroups securityGroups;
    private final SubnetType serviceSubnets;

    public NetworkStack(Construct scope, String id, StackProps props, Settings settings) {
        super(scope, id, props);
        serviceSubnets = settings.natGateways() > 0 ? SubnetType.PRIVATE_WITH_EGRESS : SubnetType.PRIVATE_ISOLATED;
        List<SubnetConfiguration> subnets = new ArrayList<>();
        subnets.add(SubnetConfiguration.builder()
                .name("public")
                .subnetType(SubnetType.PUBLIC)
                .cidrMask(24)
                .build());
        if (settings.natGateways() > 0) {
            subnets.add(SubnetConfiguration.builder()
                    .name("services")
                    .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                    .cidrMask(22)
                    .build());
        }
        subnets.add(SubnetConfiguration.builder()
                .name("data")
                .subnetType(SubnetType.PRIVATE_ISOLATED)
                .cidrMask(24)
                .build());
        vpc = Vpc.Builder.create(this, "Vpc")
                .vpcName(settings.name("vpc"))
                .ipAddresses(IpAddresses.cidr(settings.prod() ? "10.20.0.0/16" : "10.10.0.0/16"))
                // Named zones, not maxAzs: picking zones would be a lookup in the account.
                .availabilityZones(settings.availabilityZones())
                // One NAT gateway at most: it serves the TT API (and, in dev, the AWS APIs).
                .natGateways(settings.natGateways())
                .subnetConfiguration(subnets)
                .restrictDefaultSecurityGroup(true)
                .gatewayEndpoints(Map.of(
                        "S3",
                                GatewayVpcEndpointOptions.builder()
                                        .service(GatewayVpcEndpointAwsService.S3)
                                        .build(),
                        "DynamoDb",
                                GatewayVpcEndpointOptions.builder()
                                        .service(GatewayVpcEndpointAwsService.DYNAMODB)
                                        .build()))
                .build();
        securityGroups = new SecurityGroups(this, "SecurityGroups", vpc, settings);
        if (settings.interfaceEndpoints()) {
            for (InterfaceVpcEndpointAwsService service : INTERFACE_ENDPOINTS) {
                String name = service.getShortName().replace(".", "-");
                vpc.addInterfaceEndpoint(
                        name,
                        InterfaceVpcEndpointOptions.builder()
                                .service(service)
                                .privateDnsEnabled(true)
                                // Not the whole VPC: only the services' groups (SecurityGroups) may call them.
                                .open(false)
                                .subnets(SubnetSelection.builder()
                                        .subnetType(serviceSubnets)
                                        .build())
                                .securityGroups(List.of(securityGroups.endpoints()))
                                .build());
            }
        }
    }

    public Vpc vpc() {
        return vpc;
    }

    public SecurityGroups securityGroups() {
        return securityGroups;
    }

    /** Where the ECS tasks run: private with a route to the NAT gateway, or isolated without one. */
    public SubnetSelection serviceSubnets() {
        return SubnetSelection.builder().subnetType(serviceSubnets).build();
    }

    public SubnetSelection dataSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    }
}
