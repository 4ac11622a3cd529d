package com.frgm.dashboard.app.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN when an event processor is stopped or in error: its read model then falls behind
 * while the rest of the application looks healthy.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            boolean error = processor instanceof StreamingEventProcessor streaming && streaming.isError();
            boolean healthy = processor.isRunning() && !error;
            up &= healthy;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.isRunning());
            detail.put("error", error);
            if (processor instanceof StreamingEventProcessor streaming) {
                detail.put("segmentsClaimed", streaming.processingStatus().size());
                streaming.processingStatus().values().stream()
                        .map(status -> status.getCurrentPosition().orElse(-1))
                        .max(Long::compare)
                        .ifPresent(position -> detail.put("position", position));
            }
            details.put(entry.getKey(), detail);
        }
        return (up ? Health.up() : Health.down()).withDetails(details).build();
    }
}
