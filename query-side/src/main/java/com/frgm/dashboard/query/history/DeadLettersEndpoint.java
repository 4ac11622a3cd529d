package com.frgm.dashboard.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/deadletters/{group}} lists a processing group's parked events, sequence by
 * sequence; {@code POST /actuator/deadletters/{group}} retries every parked sequence once,
 * through Axon's dead-letter processor, and says how many went through.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final EventProcessingConfiguration processing;

    public DeadLettersEndpoint(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @ReadOperation
    public List<List<Letter>> letters(@Selector String group) {
        List<List<Letter>> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence :
                queue(group).deadLetters()) {
            List<Letter> letters = new ArrayList<>();
            sequence.forEach(letter -> letters.add(Letter.of(letter)));
            sequences.add(letters);
        }
        return sequences;
    }

    @WriteOperation
    public Retried retry(@Selector String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalArgumentException("No dead-letter processor for " + group));
        long before = queue.amountOfSequences();
        int succeeded = 0;
        for (long i = 0; i < before; i++) {
            if (processor.processAny()) {
                succeeded++;
            }
        }
        return new Retried(before, succeeded, queue.amountOfSequences());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing
                .deadLetterQueue(group)
                .orElseThrow(() -> new IllegalArgumentException("No dead-letter queue for processing group " + group));
    }

    public record Letter(
            String eventId,
            String payloadType,
            Instant eventTime,
            Instant enqueuedAt,
            Instant lastTouched,
            String causeType,
            String causeMessage) {

        static Letter of(DeadLetter<? extends EventMessage<?>> letter) {
            Optional<Cause> cause = letter.cause();
            EventMessage<?> message = letter.message();
            return new Letter(
                    message.getIdentifier(),
                    message.getPayloadType().getName(),
                    message.getTimestamp(),
                    letter.enqueuedAt(),
                    letter.lastTouched(),
                    cause.map(Cause::type).orElse(null),
                    cause.map(Cause::message).orElse(null));
        }
    }

    /** Sequences parked before the retry, how many of them went through, and how many are parked now. */
    public record Retried(long sequencesBefore, int succeeded, long sequencesLeft) {}
}
