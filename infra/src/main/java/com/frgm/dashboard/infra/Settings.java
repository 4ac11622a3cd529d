package com.frgm.dashboard.infra;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import software.constructs.Node;

/**
 * What differs between dev and prod, with defaults per environment that CDK context overrides
 * ({@code -c key=value} with the CDK CLI, {@code key=value} arguments without it). The defaults
 * hold placeholders for what only the account owner knows (account, certificate, Slack ids);
 * synthesis never looks anything up in AWS, so it runs offline.
 */
public record Settings(
        String env,
        String account,
        String region,
        List<String> availabilityZones,
        boolean prod,
        int natGateways,
        boolean interfaceEndpoints,
        List<String> allowedCidrs,
        String certificateArn,
        String slackWorkspaceId,
        String slackChannelId,
        String imageRepository,
        String imageTag,
        String ttBaseUrl,
        String oidcIssuerUri,
        String oidcClientName,
        String rolesClaim,
        String dbInstanceSize,
        int dbStorageGb,
        int dbMaxConnections,
        String redisNodeType,
        int redisReplicas,
        int ingestCpu,
        int ingestMemoryMb,
        int dashboardCpu,
        int dashboardMemoryMb,
        int dashboardTasks,
        int dashboardMaxTasks,
        int budgetUsd) {

    public static final String PLACEHOLDER_ACCOUNT = "123456789012";

    /** The AWS Chatbot workspace and channel ids are placeholders until the desk's Slack is connected. */
    public static Settings of(String env, Node context) {
        boolean prod = switch (env) {
            case "prod" -> true;
            case "dev" -> false;
            default -> throw new IllegalArgumentException("env must be dev or prod, not " + env);
        };
        Function<String, String> ctx = key -> {
            Object value = context.tryGetContext(env + "." + key);
            if (value == null) {
                value = context.tryGetContext(key);
            }
            return value == null ? null : value.toString();
        };
        String region = or(ctx.apply("region"), "us-east-1");
        String account = or(ctx.apply("account"), PLACEHOLDER_ACCOUNT);
        return new Settings(
                env,
                account,
                region,
                list(or(ctx.apply("azs"), region + "a," + region + "b")),
                prod,
                integer(ctx.apply("natGateways"), 1),
                bool(ctx.apply("interfaceEndpoints"), prod),
                list(or(ctx.apply("allowedCidrs"), "203.0.113.0/24")),
                or(
                        ctx.apply("certificateArn"),
                        "arn:aws:acm:" + region + ":" + account + ":certificate/00000000-0000-0000-0000-000000000000"),
                or(ctx.apply("slackWorkspaceId"), "T00000000"),
                or(ctx.apply("slackChannelId"), prod ? "C0000PROD" : "C00000DEV"),
                or(ctx.apply("imageRepository"), "frgm-dashboard"),
                or(ctx.apply("imageTag"), "latest"),
                or(ctx.apply("ttBaseUrl"), "https://ttrestapi.trade.tt"),
                // Empty: no OpenID Connect registration, only the users of the sign-in secret (ADR 0021).
                or(ctx.apply("oidcIssuerUri"), ""),
                or(ctx.apply("oidcClientName"), "Single sign-on"),
                or(ctx.apply("rolesClaim"), "roles"),
                or(ctx.apply("dbInstanceSize"), prod ? "medium" : "micro"),
                integer(ctx.apply("dbStorageGb"), prod ? 100 : 20),
                // max_connections is LEAST(DBInstanceClassMemory/9531392, 5000): ~450 on 4 GiB, ~110 on 1 GiB.
                integer(ctx.apply("dbMaxConnections"), prod ? 450 : 110),
                or(ctx.apply("redisNodeType"), "db.t4g.small"),
                integer(ctx.apply("redisReplicas"), prod ? 1 : 0),
                integer(ctx.apply("ingestCpu"), prod ? 1024 : 512),
                integer(ctx.apply("ingestMemoryMb"), prod ? 2048 : 1024),
                integer(ctx.apply("dashboardCpu"), 512),
                integer(ctx.apply("dashboardMemoryMb"), 1024),
                integer(ctx.apply("dashboardTasks"), prod ? 2 : 1),
                integer(ctx.apply("dashboardMaxTasks"), prod ? 4 : 2),
                // One budget for the account (dev and prod together), created with prod.
                integer(ctx.apply("budgetUsd"), prod ? 1000 : 0));
    }

    /** CloudWatch namespace of the application's own metrics (management.cloudwatch.metrics.export.namespace). */
    public String metricsNamespace() {
        return "FRGM/" + env;
    }

    /** Whether the dashboard signs people in through OpenID Connect ({@code oidcIssuerUri} set). */
    public boolean oidc() {
        return !oidcIssuerUri.isEmpty();
    }

    public String name(String base) {
        return "frgm-" + base + "-" + env;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int integer(String value, int fallback) {
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static boolean bool(String value, boolean fallback) {
        return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.trim());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
