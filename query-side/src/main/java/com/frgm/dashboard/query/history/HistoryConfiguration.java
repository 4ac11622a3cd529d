package com.frgm.dashboard.query.history;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The history projections run in dashboard processes, each read model in its own processing
 * group with its own dead-letter queue (application.yml: {@code history-*} processors).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frgm.history.enabled", havingValue = "true", matchIfMissing = true)
class HistoryConfiguration {

    /** Named in application.yml as the history processors' sequencing policy. */
    @Bean
    SequencingPolicy<EventMessage<?>> historySequencingPolicy() {
        return new HistorySequencingPolicy();
    }

    @Bean
    DeadLetters historyDeadLetters(@Lazy EventProcessingConfiguration processing) {
        return new AxonDeadLetters(processing, new HistorySequencingPolicy());
    }

    @Bean
    MarketHistoryProjection marketHistoryProjection(HistoryStore store, DeadLetters deadLetters) {
        return new MarketHistoryProjection(store, deadLetters);
    }

    @Bean
    PositionHistoryProjection positionHistoryProjection(HistoryStore store, DeadLetters deadLetters) {
        return new PositionHistoryProjection(store, deadLetters);
    }

    @Bean
    OrderHistoryProjection orderHistoryProjection(HistoryStore store, DeadLetters deadLetters) {
        return new OrderHistoryProjection(store, deadLetters);
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(@Lazy EventProcessingConfiguration processing) {
        return new DeadLettersEndpoint(processing);
    }
}
