package com.frgm.dashboard.query.ladder;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.query.projection.EventSequence;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The live price ladder in Redis. Every write is derived from one event alone (a full quote,
 * not a delta), so a redelivered or replayed event writes exactly what it wrote before. Writes
 * of one processor batch go to Redis together when the batch commits, before its token does.
 */
@ProcessingGroup(LadderProjection.PROCESSING_GROUP)
public class LadderProjection {

    public static final String PROCESSING_GROUP = "ladder";
    private static final String BATCH = LadderProjection.class.getName() + ".batch";

    private final LadderStore store;
    private final Consumer<Instant> lagRecorder;

    public LadderProjection(LadderStore store, Consumer<Instant> lagRecorder) {
        this.store = store;
        this.lagRecorder = lagRecorder;
    }

    @EventHandler
    void on(QuoteUpdatedEvent event, TrackingToken token, @Timestamp Instant storedAt) {
        LadderView ladder = Ladders.from(event.quote(), EventSequence.of(token));
        enqueue(new LadderStore.QuoteWrite(event.quote(), ladder), storedAt);
    }

    @EventHandler
    void on(MarketDataFileAcceptedEvent event, TrackingToken token, @Timestamp Instant storedAt) {
        enqueue(new LadderStore.FileWrite(event.fileTime(), EventSequence.of(token)), storedAt);
    }

    @QueryHandler
    LadderView handle(FetchLadderQuery query) {
        return store.read(query.instrument()).orElse(null);
    }

    private void enqueue(LadderStore.Write write, Instant storedAt) {
        if (!CurrentUnitOfWork.isStarted()) {
            store.write(List.of(write));
            lagRecorder.accept(storedAt);
            return;
        }
        Batch batch = CurrentUnitOfWork.get().getOrComputeResource(BATCH, key -> {
            Batch created = new Batch(new ArrayList<>(), new Instant[1]);
            CurrentUnitOfWork.get().onPrepareCommit(uow -> {
                store.write(created.writes());
                lagRecorder.accept(created.oldest()[0]);
            });
            return created;
        });
        batch.writes().add(write);
        if (batch.oldest()[0] == null) {
            batch.oldest()[0] = storedAt;
        }
    }

    private record Batch(List<LadderStore.Write> writes, Instant[] oldest) {
    }

    static Consumer<Instant> lagTimer(io.micrometer.core.instrument.MeterRegistry meters, Clock clock) {
        io.micrometer.core.instrument.Timer timer = io.micrometer.core.instrument.Timer
                .builder("frgm.projection.lag")
                .description("From an event's commit to its effect in Redis")
                .tag("projection", PROCESSING_GROUP)
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        return storedAt -> timer.record(java.time.Duration.between(storedAt, clock.instant()));
    }
}
