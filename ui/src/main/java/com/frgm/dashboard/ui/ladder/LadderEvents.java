package com.frgm.dashboard.ui.ladder;

import com.frgm.dashboard.api.ladder.LadderView;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

/** Turns the ladder views of one subscription query into the server-sent events of one stream. */
final class LadderEvents {

    static final String EVENT_NAME = "ladder";

    /** Often enough for proxies that close idle connections after 30 to 60 seconds. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private LadderEvents() {}

    /**
     * Each newer view as a {@code ladder} event with its event sequence as id, and a comment every
     * {@code heartbeat} while the views go on; completes when they complete, and cancelling the
     * result cancels the views.
     *
     * <p>Conflated: the views are taken as fast as they come, and a subscriber that reads slowly
     * (a stalled client whose socket is full) gets the newest when it asks again, after at most
     * the two older ones already handed on, never a queue of old ones. Left to itself, Axon's
     * update emitter keeps the last 256 updates (its update buffer) for a subscriber that does not
     * ask and hands them all on, oldest first, when it asks again: half a minute of old ladders.
     * Heartbeats due while nobody asks are dropped, not queued, and never end the stream.
     */
    static Flux<ServerSentEvent<LadderView>> of(Flux<LadderView> views, Duration heartbeat) {
        return newerOnly(views)
                .onBackpressureLatest()
                .publish(
                        shared -> Flux.merge(
                                1,
                                shared.map(LadderEvents::ladderEvent),
                                Flux.interval(heartbeat)
                                        .onBackpressureDrop()
                                        .map(tick -> heartbeatEvent())
                                        .takeUntilOther(shared.then())),
                        1);
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

    private static ServerSentEvent<LadderView> ladderEvent(LadderView view) {
        return ServerSentEvent.builder(view)
                .event(EVENT_NAME)
                .id(Long.toString(view.eventSequence()))
                .build();
    }

    private static ServerSentEvent<LadderView> heartbeatEvent() {
        return ServerSentEvent.<LadderView>builder().comment("heartbeat").build();
    }
}
