package com.frgm.dashboard.app.health;

import com.frgm.dashboard.app.processing.ProcessorFailures;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The event processors of one kind, each running or not, in error or not, with its segments and
 * position. A required processor (the live read models) stopped or in error makes the node
 * DOWN; an optional one (the history) only DEGRADED, which answers 200: the ladder still serves
 * while DynamoDB is away, and a load balancer must not take the node out for it. A processor stuck
 * at an event its handlers fail on is in error too, with that event ({@link ProcessorFailures}).
 */
final class EventProcessorsHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "an optional event processor is stopped or in error");

    private final EventProcessingConfiguration processing;
    private final ProcessorFailures failures;
    private final Predicate<String> covers;
    private final Status whenUnhealthy;

    EventProcessorsHealthIndicator(
            EventProcessingConfiguration processing,
            ProcessorFailures failures,
            Predicate<String> covers,
            Status whenUnhealthy) {
        this.processing = processing;
        this.failures = failures;
        this.covers = covers;
        this.whenUnhealthy = whenUnhealthy;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        for (Map.Entry<String, EventProcessor> entry :
                processing.eventProcessors().entrySet()) {
            if (!covers.test(entry.getKey())) {
                continue;
            }
            EventProcessor processor = entry.getValue();
            Optional<ProcessorFailures.Failure> failing = failures.current(entry.getKey(), Instant.now());
            boolean error = processor instanceof StreamingEventProcessor streaming && streaming.isError()
                    || failing.isPresent();
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
            failing.ifPresent(failure -> detail.put("failure", failure));
            details.put(entry.getKey(), detail);
        }
        return Health.status(up ? Status.UP : whenUnhealthy)
                .withDetails(details)
                .build();
    }
}
