package com.frgm.dashboard.app.metrics;

import com.frgm.dashboard.query.history.MarketHistoryProjection;
import com.frgm.dashboard.query.history.OrderHistoryProjection;
import com.frgm.dashboard.query.history.PositionHistoryProjection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code frgm.deadletters} (tag {@code group}): events parked in each history group's
 * dead-letter queue (ADR 0009), which the dead-letter alarm watches. Read when a registry asks
 * (once a minute for CloudWatch); a queue that cannot be read gives no value rather than zero.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frgm.history.enabled", havingValue = "true", matchIfMissing = true)
class DeadLetterMetrics {

    static final List<String> GROUPS = List.of(
            MarketHistoryProjection.PROCESSING_GROUP,
            PositionHistoryProjection.PROCESSING_GROUP,
            OrderHistoryProjection.PROCESSING_GROUP);

    @Bean
    MeterBinder deadLetterGauges(EventProcessingConfiguration processing) {
        return registry -> GROUPS.forEach(group -> Gauge.builder("frgm.deadletters", processing, p -> parked(p, group))
                .description("Events parked in the processing group's dead-letter queue")
                .tag("group", group)
                .register(registry));
    }

    static double parked(EventProcessingConfiguration processing, String group) {
        try {
            return processing
                    .deadLetterQueue(group)
                    .map(SequencedDeadLetterQueue::size)
                    .map(Long::doubleValue)
                    .orElse(Double.NaN);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
