package com.frgm.dashboard.ui.ladder;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.ui.json.HttpJson;
import com.frgm.dashboard.ui.query.Queries;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * One subscription query per instrument on this node, shared by all of its ladder streams
 * (docs/adr/0027). Each newer view is written as JSON once, on a fan-out thread of its own, and
 * the same text goes to every stream; before, every stream held its own subscription, and the
 * thread that emitted an update (the Redis pub/sub connection's I/O thread) encoded the view once
 * per client and handed it to each, 500 times for 500 viewers, while the projections waited for
 * their Redis replies on the same threads.
 *
 * <p>A stream that joins late gets the newest view first. The views are conflated before the
 * fan-out thread: if it falls behind, it skips to the newest, as a slow client does
 * ({@link LadderEvents}). When the last stream of an instrument leaves, its subscription query is
 * cancelled; one that fails or ends is dropped, so the next stream starts afresh.
 */
@Component
public class LadderStreams implements DisposableBean {

    /** Views queued for the fan-out thread before it skips to the newest. */
    static final int FAN_OUT_QUEUE = 32;

    private static final int MAX_SHARED = 200;

    private final Queries queries;
    private final HttpJson json;
    private final Scheduler fanOut;
    private final Map<String, Flux<LadderFrame>> shared = new ConcurrentHashMap<>();

    @Autowired
    LadderStreams(Queries queries, HttpJson json) {
        this(queries, json, Schedulers.newParallel("ladder-fan-out", 1, true));
    }

    LadderStreams(Queries queries, HttpJson json, Scheduler fanOut) {
        this.queries = queries;
        this.json = json;
        this.fanOut = fanOut;
    }

    /** The newest ladder of the instrument (once there is one), then every newer one. */
    Flux<LadderFrame> of(String instrument) {
        return Flux.defer(() -> {
            if (shared.size() >= MAX_SHARED && !shared.containsKey(instrument)) {
                return frames(instrument); // many instruments at once: unshared rather than unbounded
            }
            return shared.computeIfAbsent(instrument, this::sharedFrames);
        });
    }

    private Flux<LadderFrame> sharedFrames(String instrument) {
        AtomicReference<Flux<LadderFrame>> self = new AtomicReference<>();
        self.set(frames(instrument)
                .doFinally(signal -> shared.remove(instrument, self.get()))
                .replay(1)
                .refCount());
        return self.get();
    }

    private Flux<LadderFrame> frames(String instrument) {
        return newerOnly(queries.subscribe(new FetchLadderQuery(instrument), LadderView.class))
                .onBackpressureLatest()
                .publishOn(fanOut, FAN_OUT_QUEUE)
                .map(view -> new LadderFrame(view.eventSequence(), json.write(view)));
    }

    // The initial result and the first updates can overlap, and updates can arrive twice or out of
    // order; a view not newer than the last one sent would move the page backwards.
    private static Flux<LadderView> newerOnly(Flux<LadderView> views) {
        return Flux.defer(() -> {
            AtomicLong lastSent = new AtomicLong(Long.MIN_VALUE);
            return views.filter(
                    view -> view.eventSequence() > lastSent.getAndAccumulate(view.eventSequence(), Math::max));
        });
    }

    @Override
    public void destroy() {
        fanOut.dispose();
    }
}
