package com.frgm.dashboard.query.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchWriterTest {

    private final ScriptedDynamoDbClient client = new ScriptedDynamoDbClient();
    private final BatchWriter writer =
            new BatchWriter(client, new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2)));

    @Test
    void sendsAtMost25ItemsPerRequest() {
        writer.write(puts(60));

        assertThat(client.requests).extracting(BatchWriterTest::count).containsExactly(25, 25, 10);
    }

    @Test
    void sendsOneKeyOncePerRequestKeepingItsLastState() {
        List<BatchWriter.KeyedPut> puts = new ArrayList<>(puts(3));
        puts.add(put(1, "later"));

        writer.write(puts);

        assertThat(client.requests).singleElement().satisfies(request -> {
            assertThat(count(request)).isEqualTo(3);
            assertThat(request.get("T-dev").get(1).putRequest().item().get("v").s())
                    .isEqualTo("later");
        });
    }

    @Test
    void retriesUnprocessedItemsUntilTheyAreTaken() {
        client.script.add(request -> BatchWriteItemResponse.builder()
                .unprocessedItems(
                        Map.of("T-dev", request.requestItems().get("T-dev").subList(0, 2)))
                .build());

        writer.write(puts(5));

        assertThat(client.requests).extracting(BatchWriterTest::count).containsExactly(5, 2);
    }

    @Test
    void retriesThrottling() {
        client.script.add(request -> {
            throw ProvisionedThroughputExceededException.builder()
                    .message("slow down")
                    .statusCode(400)
                    .build();
        });

        writer.write(puts(2));

        assertThat(client.requests).extracting(BatchWriterTest::count).containsExactly(2, 2);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        IntStream.range(0, 3)
                .forEach(i -> client.script.add(request -> BatchWriteItemResponse.builder()
                        .unprocessedItems(request.requestItems())
                        .build()));

        assertThatThrownBy(() -> writer.write(puts(2)))
                .isInstanceOf(HistoryWriteException.class)
                .hasMessageContaining("after 3 attempts");
    }

    @Test
    void doesNotRetryARequestDynamoDbRefuses() {
        client.script.add(request -> {
            throw DynamoDbException.builder()
                    .statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("ValidationException")
                            .build())
                    .build();
        });

        assertThatThrownBy(() -> writer.write(puts(2))).isInstanceOf(HistoryWriteException.class);
        assertThat(client.requests).hasSize(1);
    }

    private static int count(Map<String, List<WriteRequest>> request) {
        return request.values().stream().mapToInt(List::size).sum();
    }

    private static List<BatchWriter.KeyedPut> puts(int n) {
        return IntStream.range(0, n).mapToObj(i -> put(i, "v" + i)).toList();
    }

    private static BatchWriter.KeyedPut put(int key, String value) {
        return new BatchWriter.KeyedPut(
                "T-dev", List.of(key), Map.of("pk", AttributeValue.fromS("k" + key), "v", AttributeValue.fromS(value)));
    }
}
