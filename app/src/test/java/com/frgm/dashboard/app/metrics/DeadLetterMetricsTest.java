package com.frgm.dashboard.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;

class DeadLetterMetricsTest {

    @Test
    @SuppressWarnings("unchecked")
    void countsParkedEventsPerHistoryGroupAndGivesNoValueForAQueueItCannotRead() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        SequencedDeadLetterQueue<EventMessage<?>> market = mock(SequencedDeadLetterQueue.class);
        SequencedDeadLetterQueue<EventMessage<?>> orders = mock(SequencedDeadLetterQueue.class);
        when(market.size()).thenReturn(3L);
        when(orders.size()).thenThrow(new IllegalStateException("database down"));
        when(processing.deadLetterQueue("history-market")).thenReturn(Optional.of(market));
        when(processing.deadLetterQueue("history-orders")).thenReturn(Optional.of(orders));
        when(processing.deadLetterQueue("history-positions")).thenReturn(Optional.empty());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new DeadLetterMetrics().deadLetterGauges(processing).bindTo(registry);

        assertThat(registry.get("frgm.deadletters")
                        .tag("group", "history-market")
                        .gauge()
                        .value())
                .isEqualTo(3.0);
        assertThat(registry.get("frgm.deadletters")
                        .tag("group", "history-orders")
                        .gauge()
                        .value())
                .isNaN();
        assertThat(registry.get("frgm.deadletters")
                        .tag("group", "history-positions")
                        .gauge()
                        .value())
                .isNaN();
    }
}
