package com.frgm.dashboard.ingest.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * ElasticMQ, a real SQS-protocol server, in this JVM on a free port: one per test JVM,
 * started on first use and stopped when the JVM exits.
 */
public final class ElasticMqServer {

    private static ElasticMqServer shared;

    private final SQSRestServer server;
    private final URI endpoint;

    private ElasticMqServer(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    public static synchronized ElasticMqServer shared() {
        if (shared == null) {
            int port;
            try {
                port = S3MockServer.freePort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SQSRestServer server = SQSRestServerBuilder.withPort(port)
                    .withInterface("127.0.0.1")
                    .start();
            server.waitUntilStarted();
            shared = new ElasticMqServer(server, URI.create("http://127.0.0.1:" + port));
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stopAndWait, "elasticmq-stop"));
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    public SqsClient client() {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A new queue; a short visibility timeout makes a left message come back quickly in tests. */
    public String createQueue(String name, int visibilityTimeoutSeconds) {
        try (SqsClient sqs = client()) {
            return sqs.createQueue(r -> r.queueName(name)
                            .attributes(Map.of(
                                    QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(visibilityTimeoutSeconds))))
                    .queueUrl();
        }
    }
}
