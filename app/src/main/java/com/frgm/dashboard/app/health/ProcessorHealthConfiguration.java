package com.frgm.dashboard.app.health;

import com.frgm.dashboard.app.processing.ProcessorFailures;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code eventProcessors} (required, in readiness) and {@code optionalProcessors} (the history). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessorHealthConfiguration.HealthProperties.class)
class ProcessorHealthConfiguration {

    @Bean("eventProcessors")
    HealthIndicator eventProcessors(
            EventProcessingConfiguration processing, ProcessorFailures failures, HealthProperties properties) {
        return new EventProcessorsHealthIndicator(
                processing, failures, name -> !properties.optionalProcessors().contains(name), Status.DOWN);
    }

    @Bean("optionalProcessors")
    HealthIndicator optionalProcessors(
            EventProcessingConfiguration processing, ProcessorFailures failures, HealthProperties properties) {
        return new EventProcessorsHealthIndicator(
                processing,
                failures,
                properties.optionalProcessors()::contains,
                EventProcessorsHealthIndicator.DEGRADED);
    }

    /** @param optionalProcessors processors whose failure degrades the node but does not take it out */
    @ConfigurationProperties("frgm.health")
    record HealthProperties(List<String> optionalProcessors) {

        HealthProperties {
            optionalProcessors = optionalProcessors == null
                    ? List.of("history-market", "history-positions", "history-orders")
                    : List.copyOf(optionalProcessors);
        }
    }
}
