package com.frgm.dashboard.eventstore.archive;

import com.frgm.dashboard.eventstore.aws.AwsClients;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import com.frgm.dashboard.eventstore.objects.S3ObjectStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Opens an archive location: {@code s3://bucket/prefix} (region, credentials and
 * {@code AWS_ENDPOINT_URL_S3} from the standard AWS environment), {@code file:/path}, or a
 * plain path.
 */
public final class ArchiveLocations {

    private ArchiveLocations() {}

    /** For tools that run without the application: an S3 location gets a client of its own. */
    public static ObjectStore open(String location) {
        return open(location, AwsClients::s3);
    }

    /** {@code s3} gives the client for an S3 location; it is asked only for one. */
    public static ObjectStore open(String location, Supplier<S3Client> s3) {
        if (location.startsWith("s3://")) {
            URI uri = URI.create(location);
            String prefix = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new S3ObjectStore(s3.get(), uri.getHost(), prefix);
        }
        if (location.startsWith("file:")) {
            return new FileObjectStore(Path.of(URI.create(
                    location.startsWith("file://") ? location : "file://" + location.substring("file:".length()))));
        }
        return new FileObjectStore(Path.of(location));
    }
}
