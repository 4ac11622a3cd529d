package com.frgm.dashboard.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.env.MockEnvironment;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;

/**
 * The names the CloudWatch alarms use (infra's AppMetrics) are the ones the real registry
 * publishes for meters shaped like the application's: a counter gains {@code .count}, a gauge
 * {@code .value}, a timer {@code .count/.sum/.avg/.max}, tags become dimensions. Only
 * {@code frgm.*} leaves the process.
 */
class CloudWatchMetricNamesTest {

    @Test
    void publishesTheApplicationsMetersUnderTheNamesTheAlarmsUse() {
        CloudWatchAsyncClient client = mock(CloudWatchAsyncClient.class);
        when(client.putMetricData(any(PutMetricDataRequest.class)))
                .thenReturn(CompletableFuture.completedFuture(
                        PutMetricDataResponse.builder().build()));
        MockEnvironment env = new MockEnvironment()
                .withProperty("management.cloudwatch.metrics.export.enabled", "true")
                .withProperty("management.cloudwatch.metrics.export.namespace", "FRGM/test")
                .withProperty("management.cloudwatch.metrics.export.batch-size", "20");
        MockClock clock = new MockClock();
        CloudWatchMeterRegistry registry =
                CloudWatchMetricsConfiguration.registry(CloudWatchMetricsConfiguration.config(env), clock, client);

        Counter.builder("frgm.ingest.files")
                .tag("feed", "GE_XCME.ZN")
                .tag("outcome", "accepted")
                .register(registry)
                .increment();
        Gauge.builder("frgm.feed.stalled", () -> 1)
                .tag("kind", "market_data")
                .tag("feed", "GE_XCME.ZN")
                .register(registry);
        Gauge.builder("frgm.archive.lag.seconds", () -> 1.5).register(registry);
        Gauge.builder("frgm.deadletters", () -> 0)
                .tag("group", "history-market")
                .register(registry);
        Timer.builder("frgm.projection.lag")
                .tag("projection", "ladder")
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(Duration.ofMillis(40));
        Counter.builder("jvm.gc.pause.fake").register(registry).increment();
        clock.add(Duration.ofMinutes(1));
        registry.close();

        ArgumentCaptor<PutMetricDataRequest> sent = ArgumentCaptor.forClass(PutMetricDataRequest.class);
        verify(client, atLeastOnce()).putMetricData(sent.capture());
        assertThat(sent.getAllValues())
                .allSatisfy(r -> assertThat(r.namespace()).isEqualTo("FRGM/test"));
        Map<String, MetricDatum> data = sent.getAllValues().stream()
                .flatMap(r -> r.metricData().stream())
                .collect(Collectors.toMap(d -> d.metricName() + dims(d.dimensions()), d -> d, (a, b) -> b));

        assertThat(data)
                .containsKeys(
                        "frgm.ingest.files.count{feed=GE_XCME.ZN, outcome=accepted}",
                        "frgm.feed.stalled.value{feed=GE_XCME.ZN, kind=market_data}",
                        "frgm.archive.lag.seconds.value{}",
                        "frgm.deadletters.value{group=history-market}",
                        "frgm.projection.lag.max{projection=ladder}",
                        "frgm.projection.lag.count{projection=ladder}");
        assertThat(data.get("frgm.ingest.files.count{feed=GE_XCME.ZN, outcome=accepted}")
                        .value())
                .isEqualTo(1.0);
        assertThat(data.get("frgm.feed.stalled.value{feed=GE_XCME.ZN, kind=market_data}")
                        .value())
                .isEqualTo(1.0);
        assertThat(data.get("frgm.projection.lag.max{projection=ladder}").unitAsString())
                .isEqualTo("Milliseconds");
        assertThat(data.keySet()).allMatch(name -> name.startsWith("frgm."));
    }

    private static String dims(List<Dimension> dimensions) {
        return dimensions.stream()
                .sorted(java.util.Comparator.comparing(Dimension::name))
                .map(d -> d.name() + "=" + d.value())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
