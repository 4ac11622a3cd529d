package com.frgm.dashboard.app.processing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The event each processor is stuck at, for the health. A handler's failure propagates (the
 * batch rolls back and the processor retries the same event, never skipping it); Axon's pooled
 * processor then drops the failed segment's status while it backs off, so its own error flag is
 * true only for moments. Here a processor counts as failing from the failure until that same
 * event is handled, or until it has not failed again for {@link #FORGET_AFTER} (a token reset
 * or a segment moved to another node: Axon retries a failing event at least every minute).
 */
public final class ProcessorFailures {

    /** A failure not repeated for this long is no longer this node's to report. */
    public static final Duration FORGET_AFTER = Duration.ofMinutes(2);

    private final Map<String, Failure> current = new ConcurrentHashMap<>();

    /** Watches one processor's handlers: a failure is remembered, the failing event's success forgets it. */
    public MessageHandlerInterceptor<EventMessage<?>> watch(String processor) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            try {
                Object result = chain.proceed();
                current.computeIfPresent(
                        processor, (name, failure) -> failure.event().equals(event.getIdentifier()) ? null : failure);
                return result;
            } catch (Exception e) {
                current.merge(
                        processor,
                        new Failure(
                                Instant.now(),
                                Instant.now(),
                                event.getIdentifier(),
                                event.getPayloadType().getName(),
                                rootMessage(e)),
                        Failure::again);
                throw e;
            }
        };
    }

    /** The event {@code processor} is stuck at, if it is. */
    public Optional<Failure> current(String processor, Instant now) {
        return Optional.ofNullable(current.get(processor))
                .filter(f -> f.lastAt().isAfter(now.minus(FORGET_AFTER)));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * @param since   the first failure at this event; {@code lastAt} the latest
     * @param event   the failing event's identifier; {@code payloadType} its payload class as stored
     */
    public record Failure(Instant since, Instant lastAt, String event, String payloadType, String cause) {

        Failure again(Failure later) {
            return later.event().equals(event)
                    ? new Failure(since, later.lastAt(), event, payloadType, later.cause())
                    : later;
        }
    }
}
