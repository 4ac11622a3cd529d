package com.frgm.dashboard.infra.network;

import com.frgm.dashboard.infra.Settings;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.constructs.Construct;

/**
 * Every security group and rule in one place, in the network stack, so that the data and compute
 * stacks only use them (rules across stacks would make the stacks depend on each other both ways).
 * Nothing may leave a group unless a rule below says so: PostgreSQL takes connections from the two
 * services only, Redis from the dashboard only (the ingest role never touches Redis), and the
 * dashboard's port only from the load balancer.
 */
public final class SecurityGroups extends Construct {

    public static final int APP_PORT = 8080;
    public static final int POSTGRES_PORT = 5432;
    public static final int REDIS_PORT = 6379;

    private final SecurityGroup loadBalancer;
    private final SecurityGroup ingest;
    private final SecurityGroup dashboard;
    private final SecurityGroup database;
    private final SecurityGroup redis;
    private final SecurityGroup endpoints;

    SecurityGroups(Construct scope, String id, IVpc vpc, Settings settings) {
        super(scope, id);
        loadBalancer = group("LoadBalancer", vpc, settings.name("alb"), "HTTPS load balancer of the dashboard");
        ingest = group("Ingest", vpc, settings.name("ingest"), "Ingest tasks");
        dashboard = group("Dashboard", vpc, settings.name("dashboard"), "Dashboard tasks");
        database = group("Database", vpc, settings.name("postgres"), "Event store (RDS PostgreSQL)");
        redis = group("Redis", vpc, settings.name("redis"), "Read model (MemoryDB)");
        endpoints = group("Endpoints", vpc, settings.name("endpoints"), "Interface VPC endpoints");

        for (String cidr : settings.allowedCidrs()) {
            loadBalancer.addIngressRule(Peer.ipv4(cidr), Port.tcp(443), "HTTPS from the desk");
            loadBalancer.addIngressRule(Peer.ipv4(cidr), Port.tcp(80), "HTTP, redirected to HTTPS");
        }
        loadBalancer.addEgressRule(dashboard, Port.tcp(APP_PORT), "To the dashboard tasks");
        dashboard.addIngressRule(loadBalancer, Port.tcp(APP_PORT), "From the load balancer");

        for (SecurityGroup service : new SecurityGroup[] {ingest, dashboard}) {
            // AWS APIs (endpoints, gateway endpoints' prefix lists, NAT) and the TT API are all HTTPS.
            service.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS to AWS APIs and TT");
            service.addEgressRule(database, Port.tcp(POSTGRES_PORT), "To the event store");
            database.addIngressRule(
                    service,
                    Port.tcp(POSTGRES_PORT),
                    "From " + service.getNode().getId());
            endpoints.addIngressRule(
                    service, Port.tcp(443), "From " + service.getNode().getId());
        }
        dashboard.addEgressRule(redis, Port.tcp(REDIS_PORT), "To the read model");
        redis.addIngressRule(dashboard, Port.tcp(REDIS_PORT), "From the dashboard");
    }

    private SecurityGroup group(String id, IVpc vpc, String name, String description) {
        return SecurityGroup.Builder.create(this, id)
                .vpc(vpc)
                .securityGroupName(name)
                .description(description)
                .allowAllOutbound(false)
                .build();
    }

    public SecurityGroup loadBalancer() {
        return loadBalancer;
    }

    public SecurityGroup ingest() {
        return ingest;
    }

    public SecurityGroup dashboard() {
        return dashboard;
    }

    public SecurityGroup database() {
        return database;
    }

    public SecurityGroup redis() {
        return redis;
    }

    public SecurityGroup endpoints() {
        return endpoints;
    }
}
