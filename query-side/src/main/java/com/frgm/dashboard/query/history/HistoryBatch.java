package com.frgm.dashboard.query.history;

import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects a history projection's items for the processor batch being handled and writes them
 * together when it commits, before its token does. If the store gives up on the batch, each
 * event's items are written on their own and only the events that still fail are dead-lettered
 * (in the same transaction as the token), so one poison event does not hold up the rest.
 * Outside a unit of work (unit tests, tools) each event is written straight away.
 */
final class HistoryBatch {

    private static final Logger log = LoggerFactory.getLogger(HistoryBatch.class);

    private static final HistorySequencingPolicy SEQUENCES = new HistorySequencingPolicy();

    private final String processingGroup;
    private final HistoryStore store;
    private final DeadLetters deadLetters;
    private final UnitOfWorkBatch<Written> batch;

    HistoryBatch(String processingGroup, HistoryStore store, DeadLetters deadLetters) {
        this.processingGroup = processingGroup;
        this.store = store;
        this.deadLetters = deadLetters;
        this.batch = new UnitOfWorkBatch<>("history." + processingGroup, this::flush);
    }

    void add(EventMessage<?> event, List<HistoryItem> items) {
        if (!items.isEmpty()) {
            batch.add(new Written(event, items));
        }
    }

    private void flush(List<Written> pending) {
        List<HistoryItem> all = new ArrayList<>();
        pending.forEach(w -> all.addAll(w.items()));
        try {
            store.write(all);
        } catch (RuntimeException batchFailure) {
            log.warn(
                    "{}: writing {} items of {} events failed ({}); writing each event on its own",
                    processingGroup,
                    all.size(),
                    pending.size(),
                    batchFailure.toString());
            writeOneByOne(pending);
        }
    }

    /**
     * Once an event of a sequence is parked, the later events of that sequence in the batch are
     * parked behind it untried, so the sequence keeps its order and the batch still commits.
     */
    private void writeOneByOne(List<Written> pending) {
        Map<Object, EventMessage<?>> parked = new HashMap<>();
        for (Written w : pending) {
            Object sequence = SEQUENCES.getSequenceIdentifierFor(w.event());
            EventMessage<?> ahead = parked.get(sequence);
            if (ahead != null) {
                deadLetters.parkBehind(
                        processingGroup,
                        w.event(),
                        new IllegalStateException(
                                "parked behind event " + ahead.getIdentifier() + " of the same sequence " + sequence));
                continue;
            }
            try {
                store.write(w.items());
            } catch (RuntimeException e) {
                log.error(
                        "{}: event {} ({}) could not be written; dead-lettering it",
                        processingGroup,
                        w.event().getIdentifier(),
                        w.event().getPayloadType().getSimpleName(),
                        e);
                deadLetters.deadLetter(processingGroup, w.event(), e);
                parked.put(sequence, w.event());
            }
        }
    }

    private record Written(EventMessage<?> event, List<HistoryItem> items) {}
}
