package com.frgm.dashboard.app.metrics;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

/**
 * Publishes the application's own meters ({@code frgm.*}) to CloudWatch once a step (1 minute),
 * when {@code management.cloudwatch.metrics.export.enabled=true}; the namespace is
 * {@code management.cloudwatch.metrics.export.namespace} (the infra sets {@code FRGM/<env>}),
 * the keys Spring Cloud AWS uses, without its dependency. Region and credentials come from the
 * SDK's default chain (the task role in ECS).
 *
 * <p>Only {@code frgm.*} goes out: CloudWatch bills every metric name and dimension set, and the
 * JVM, HTTP and Axon meters would be hundreds of them (docs/cost.md). They stay on
 * {@code /actuator/metrics}, served by a simple registry beside this one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "management.cloudwatch.metrics.export.enabled", havingValue = "true")
class CloudWatchMetricsConfiguration {

    static final String PREFIX = "management.cloudwatch.metrics.export.";

    @Bean(destroyMethod = "close")
    CloudWatchAsyncClient cloudWatchAsyncClient() {
        return CloudWatchAsyncClient.create();
    }

    @Bean
    CloudWatchMeterRegistry cloudWatchMeterRegistry(Environment environment, CloudWatchAsyncClient client) {
        return registry(config(environment), Clock.SYSTEM, client);
    }

    /** Keeps /actuator/metrics complete: without it the CloudWatch registry would be the only one. */
    @Bean
    SimpleMeterRegistry simpleMeterRegistry() {
        return new SimpleMeterRegistry();
    }

    static CloudWatchMeterRegistry registry(CloudWatchConfig config, Clock clock, CloudWatchAsyncClient client) {
        CloudWatchMeterRegistry registry = new CloudWatchMeterRegistry(config, clock, client);
        registry.config().meterFilter(MeterFilter.denyUnless(id -> id.getName().startsWith("frgm.")));
        return registry;
    }

    /** {@code cloudwatch.namespace} -> {@code management.cloudwatch.metrics.export.namespace}, and so on. */
    static CloudWatchConfig config(Environment environment) {
        return key -> environment.getProperty(PREFIX + kebab(key.substring(key.indexOf('.') + 1)));
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
