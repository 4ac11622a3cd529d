package com.frgm.dashboard.ui.replay;

import com.frgm.dashboard.api.replay.FetchReplayMarksQuery;
import com.frgm.dashboard.api.replay.FetchStateDiffQuery;
import com.frgm.dashboard.api.replay.ReplayFrame;
import com.frgm.dashboard.api.replay.ReplayMarksView;
import com.frgm.dashboard.api.replay.StateDiffView;
import com.frgm.dashboard.api.replay.StreamReplayQuery;
import com.frgm.dashboard.ui.query.Queries;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The replay page's endpoints (docs/adr/0022): a window of the past played forward as
 * server-sent events, its timeline marks, and what changed between two instants. Each is a replay
 * on the query side's bounded replay threads; a full pool is a {@code too-busy} problem (503),
 * before the stream starts.
 */
@RestController
@RequestMapping("/api/replay")
class ReplayController {

    /** Often enough for proxies that close idle connections, as a 1x replay of a quiet hour is. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Queries queries;

    ReplayController(Queries queries) {
        this.queries = queries;
    }

    /**
     * Event {@code start} (the state at {@code from}), one {@code file} event per file with the views
     * it changed, event {@code end} (the state at {@code to}), then the stream closes; {@code id} is
     * the last global index applied. Closing the connection stops the replay.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<ReplayFrame>> stream(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(required = false) String speed,
            @RequestParam(required = false) String clock,
            @RequestParam(required = false) String instrument) {
        Instant[] window = ReplayParameters.window("from", from, "to", to);
        StreamReplayQuery query = new StreamReplayQuery(
                window[0],
                window[1],
                ReplayParameters.speed(speed),
                ReplayParameters.clock(clock),
                ReplayParameters.instrument(instrument));
        Flux<ServerSentEvent<ReplayFrame>> frames = queries.stream(query, ReplayFrame.class)
                .map(frame -> ServerSentEvent.builder(frame)
                        .event(frame.kind())
                        .id(Long.toString(frame.globalIndex()))
                        .build());
        Flux<ServerSentEvent<ReplayFrame>> heartbeats = Flux.interval(HEARTBEAT)
                .map(tick -> ServerSentEvent.<ReplayFrame>builder()
                        .comment("heartbeat")
                        .build());
        // The frames end the stream; the heartbeats alone never would.
        return frames.publish(shared -> Flux.merge(
                shared, heartbeats.takeUntilOther(shared.ignoreElements().then(Mono.just(true)))));
    }

    @GetMapping(path = "/marks", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ReplayMarksView> marks(
            @RequestParam String from, @RequestParam String to, @RequestParam(required = false) String clock) {
        Instant[] window = ReplayParameters.window("from", from, "to", to);
        return queries.query(
                new FetchReplayMarksQuery(window[0], window[1], ReplayParameters.clock(clock)), ReplayMarksView.class);
    }

    @GetMapping(path = "/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<StateDiffView> diff(
            @RequestParam String a,
            @RequestParam String b,
            @RequestParam(required = false) String clock,
            @RequestParam(required = false) String instrument) {
        Instant[] instants = ReplayParameters.window("a", a, "b", b);
        return queries.query(
                new FetchStateDiffQuery(
                        instants[0],
                        instants[1],
                        ReplayParameters.clock(clock),
                        ReplayParameters.instrument(instrument)),
                StateDiffView.class);
    }
}
