package com.frgm.dashboard.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;

/**
 * The CloudWatch client as the build assembles it (two SDK modules one patch ahead of the BOM,
 * see app/pom.xml) signs and sends a PutMetricData: checked against a local HTTP server that
 * answers as CloudWatch's RPCv2 CBOR protocol does.
 */
class CloudWatchClientTest {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    CloudWatchClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                            + exchange.getRequestHeaders().getFirst("Authorization") + " " + body.length);
            exchange.getResponseHeaders().add("Smithy-Protocol", "rpc-v2-cbor");
            exchange.getResponseHeaders().add("Content-Type", "application/cbor");
            byte[] emptyMap = {(byte) 0xA0};
            exchange.sendResponseHeaders(200, emptyMap.length);
            exchange.getResponseBody().write(emptyMap);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsASignedPutMetricData() {
        try (CloudWatchAsyncClient client = CloudWatchAsyncClient.builder()
                .endpointOverride(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            client.putMetricData(r -> r.namespace("FRGM/test")
                            .metricData(MetricDatum.builder()
                                    .metricName("frgm.ingest.files.count")
                                    .value(1.0)
                                    .build()))
                    .join();
        }
        assertThat(requests)
                .singleElement()
                .asString()
                .contains("POST", "PutMetricData", "AWS4-HMAC-SHA256 Credential=test/");
    }
}
