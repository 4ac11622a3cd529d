package com.frgm.dashboard.ui.ladder;

import java.time.Duration;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

/** Turns the shared ladder frames of one instrument into the server-sent events of one stream. */
final class LadderEvents {

    static final String EVENT_NAME = "ladder";

    /** Often enough for proxies that close idle connections after 30 to 60 seconds. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private LadderEvents() {}

    /**
     * Each frame as a {@code ladder} event with its event sequence as id and its JSON as data
     * (written once for every stream, {@link LadderStreams}), and a comment every {@code heartbeat}
     * while the frames go on; completes when they complete, and cancelling the result cancels them.
     *
     * <p>Conflated: the frames are taken as fast as they come, and a subscriber that reads slowly
     * (a stalled client whose socket is full) gets the newest when it asks again, after at most
     * the two older ones already handed on, never a queue of old ones. Left to itself, Axon's
     * update emitter keeps the last 256 updates (its update buffer) for a subscriber that does not
     * ask and hands them all on, oldest first, when it asks again: half a minute of old ladders.
     * Heartbeats due while nobody asks are dropped, not queued, and never end the stream.
     */
    static Flux<ServerSentEvent<String>> of(Flux<LadderFrame> frames, Duration heartbeat) {
        return frames.onBackpressureLatest()
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

    private static ServerSentEvent<String> ladderEvent(LadderFrame frame) {
        return ServerSentEvent.builder(frame.json())
                .event(EVENT_NAME)
                .id(Long.toString(frame.eventSequence()))
                .build();
    }

    private static ServerSentEvent<String> heartbeatEvent() {
        return ServerSentEvent.<String>builder().comment("heartbeat").build();
    }
}
