package com.frgm.dashboard.query.ladder;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.query.projection.EventSequence;
import com.frgm.dashboard.query.projection.UnitOfWorkBatch;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The live price ladder in Redis. Every write is derived from one event alone (a full quote,
 * not a delta), so a redelivered or replayed event writes exactly what it wrote before. Writes
 * of one processor batch go to Redis together when the batch commits, before its token does.
 */
@ProcessingGroup(LadderProjection.PROCESSING_GROUP)
public class LadderProjection {

    public static final String PROCESSING_GROUP = "ladder";

    private final LadderStore store;
    private final Consumer<Instant> lagRecorder;
    private final UnitOfWorkBatch<Timed> batch;

    public LadderProjection(LadderStore store, Consumer<Instant> lagRecorder) {
        this.store = store;
        this.lagRecorder = lagRecorder;
        this.batch = new UnitOfWorkBatch<>(PROCESSING_GROUP, this::flush);
    }

    @EventHandler
    void on(QuoteUpdatedEvent event, TrackingToken token, @Timestamp Instant storedAt) {
        enqueue(new LadderStore.QuoteWrite(event.quote(), EventSequence.of(token)), storedAt);
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
        batch.add(new Timed(write, storedAt));
    }

    /** The batch's writes go to the store together; the oldest event's commit time measures the lag. */
    private void flush(List<Timed> writes) {
        store.write(writes.stream().map(Timed::write).toList());
        writes.stream().map(Timed::storedAt).min(Instant::compareTo).ifPresent(lagRecorder);
    }

    private record Timed(LadderStore.Write write, Instant storedAt) {}

    static Consumer<Instant> lagTimer(MeterRegistry meters, Clock clock) {
        Timer timer = Timer.builder("frgm.projection.lag")
                .description("From an event's commit to its effect in Redis")
                .tag("projection", PROCESSING_GROUP)
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        return storedAt -> timer.record(Duration.between(storedAt, clock.instant()));
    }
}
