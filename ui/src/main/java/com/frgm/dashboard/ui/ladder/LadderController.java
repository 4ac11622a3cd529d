package com.frgm.dashboard.ui.ladder;

import com.frgm.dashboard.api.ladder.FetchLadderQuery;
import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.ui.query.Queries;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The price ladder of one instrument, once as JSON or live as server-sent events. */
@RestController
@RequestMapping("/api/ladder/{instrument}")
class LadderController {

    private final Queries queries;
    private final LadderStreams streams;

    LadderController(Queries queries, LadderStreams streams) {
        this.queries = queries;
        this.streams = streams;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<LadderView> ladder(@PathVariable String instrument) {
        FetchLadderQuery query = queryFor(instrument);
        return queries.query(query, LadderView.class)
                .switchIfEmpty(Mono.error(() -> new NoQuoteYetException(query.instrument())));
    }

    /** The current ladder (once there is one), then every newer one, until the client leaves. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<String>> stream(@PathVariable String instrument) {
        return LadderEvents.of(streams.of(queryFor(instrument).instrument()), LadderEvents.HEARTBEAT);
    }

    private static FetchLadderQuery queryFor(String instrument) {
        return new FetchLadderQuery(InstrumentNames.requireValid(instrument));
    }
}
