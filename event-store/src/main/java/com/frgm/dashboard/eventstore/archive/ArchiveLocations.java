package com.frgm.dashboard.eventstore.archive;

import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Opens an archive location: {@code s3://bucket/prefix} (region, credentials and
 * {@code AWS_ENDPOINT_URL_S3} from the standard AWS environment), {@code file:/path}, or a
 * plain path.
 */
public final class ArchiveLocations {

    private ArchiveLocations() {
    }

    public static ObjectStore open(String location) {
        if (location.startsWith("s3://")) {
            URI uri = URI.create(location);
            String prefix = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new S3ObjectStore(s3(), uri.getHost(), prefix);
        }
        if (location.startsWith("file:")) {
            return new FileObjectStore(Path.of(URI.create(location.startsWith("file://") ? location
                    : "file://" + location.substring("file:".length()))));
        }
        return new FileObjectStore(Path.of(location));
    }

    /**
     * Path-style addressing when an endpoint is overridden, because local S3 servers do not
     * serve virtual-hosted bucket names (as {@code ingest/aws/AwsClients}, which this module
     * cannot depend on).
     */
    private static S3Client s3() {
        boolean overridden = set("AWS_ENDPOINT_URL_S3", "aws.endpointUrlS3") || set("AWS_ENDPOINT_URL", "aws.endpointUrl");
        return S3Client.builder().region(region()).httpClient(UrlConnectionHttpClient.create())
                .forcePathStyle(overridden).build();
    }

    private static Region region() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            return Region.US_EAST_1;
        }
    }

    private static boolean set(String variable, String property) {
        String value = System.getProperty(property, System.getenv(variable));
        return value != null && !value.isBlank();
    }
}
