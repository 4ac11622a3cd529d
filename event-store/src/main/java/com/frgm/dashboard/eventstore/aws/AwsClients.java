package com.frgm.dashboard.eventstore.aws;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * AWS SDK v2 clients built from the standard AWS environment only (region, credentials chain,
 * {@code AWS_ENDPOINT_URL_S3}/{@code _SQS}, ...), so the same build talks to AWS or to a local
 * protocol server unchanged. The SDK resolves the endpoint itself; the one thing we add is
 * path-style S3 addressing when an endpoint is overridden, because local S3 servers do not
 * serve virtual-hosted bucket names.
 */
public final class AwsClients {

    private static final Region FALLBACK_REGION = Region.US_EAST_1;

    private AwsClients() {}

    public static S3Client s3() {
        return S3Client.builder()
                .region(region())
                .httpClient(UrlConnectionHttpClient.create())
                .forcePathStyle(endpointOverridden("AWS_ENDPOINT_URL_S3"))
                .build();
    }

    public static SqsClient sqs() {
        return SqsClient.builder()
                .region(region())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static SecretsManagerClient secretsManager() {
        return SecretsManagerClient.builder()
                .region(region())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** For tests and tools that point at a local server explicitly. */
    public static S3Client s3(URI endpoint) {
        return S3Client.builder()
                .region(region())
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .build();
    }

    /** The SDK's own region chain; a local setup with no region at all gets us-east-1. */
    static Region region() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            return FALLBACK_REGION;
        }
    }

    private static boolean endpointOverridden(String serviceVariable) {
        return setting(serviceVariable).or(() -> setting("AWS_ENDPOINT_URL")).isPresent();
    }

    private static Optional<String> setting(String name) {
        String property = System.getProperty(toProperty(name));
        String value = property != null ? property : System.getenv(name);
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** {@code AWS_ENDPOINT_URL_S3} is also read as the system property {@code aws.endpointUrlS3}. */
    private static String toProperty(String variable) {
        String[] parts = variable.toLowerCase().split("_");
        StringBuilder name = new StringBuilder("aws.").append(parts[1]);
        for (int i = 2; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
