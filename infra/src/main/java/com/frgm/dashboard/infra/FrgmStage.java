package com.frgm.dashboard.infra;

import com.frgm.dashboard.infra.compute.ComputeStack;
import com.frgm.dashboard.infra.monitoring.MonitoringStack;
import com.frgm.dashboard.infra.network.NetworkStack;
import com.frgm.dashboard.infra.stores.DataStack;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.StageProps;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

/**
 * One environment: network, data, compute and monitoring stacks, deployed in that order
 * ({@code cdk deploy 'dev/*'}). Every resource is tagged {@code frgm:env} for the bill.
 */
public final class FrgmStage extends Stage {

    private final NetworkStack network;
    private final DataStack data;
    private final ComputeStack compute;
    private final MonitoringStack monitoring;

    public FrgmStage(Construct scope, Settings settings) {
        super(
                scope,
                settings.env(),
                StageProps.builder()
                        .env(Environment.builder()
                                .account(settings.account())
                                .region(settings.region())
                                .build())
                        .build());
        network = new NetworkStack(
                this, "Network", props(settings, "network", "VPC, endpoints, security groups"), settings);
        data = new DataStack(
                this,
                "Data",
                props(settings, "data", "event store, read model, history, buckets, secrets"),
                settings,
                network);
        compute = new ComputeStack(
                this, "Compute", props(settings, "compute", "ECS services and load balancer"), settings, network, data);
        monitoring = new MonitoringStack(
                this,
                "Monitoring",
                props(settings, "monitoring", "alarms to Slack, budget, dashboard"),
                settings,
                data,
                compute);
        Tags.of(this).add("frgm:env", settings.env());
        Tags.of(this).add("frgm:app", "dashboard");
    }

    private static StackProps props(Settings settings, String name, String what) {
        return StackProps.builder()
                .stackName("frgm-" + settings.env() + "-" + name)
                .description("FRGM dashboard " + settings.env() + ": " + what)
                .terminationProtection(settings.prod())
                .build();
    }

    public NetworkStack network() {
        return network;
    }

    public DataStack data() {
        return data;
    }

    public ComputeStack compute() {
        return compute;
    }

    public MonitoringStack monitoring() {
        return monitoring;
    }
}
