package com.frgm.dashboard.ui.risk;

import com.frgm.dashboard.api.risk.FetchInstrumentsQuery;
import com.frgm.dashboard.api.risk.InstrumentsView;
import com.frgm.dashboard.ui.live.LiveViews;
import com.frgm.dashboard.ui.query.Queries;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every instrument seen, by product and underlying, with its option chain: once, or live. */
@RestController
class InstrumentsController {

    private final Queries queries;
    private final LiveViews live;

    InstrumentsController(Queries queries, LiveViews live) {
        this.queries = queries;
        this.live = live;
    }

    @GetMapping(path = "/api/instruments", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<InstrumentsView> instruments() {
        return queries.query(new FetchInstrumentsQuery(), InstrumentsView.class);
    }

    @GetMapping(path = "/api/instruments/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<InstrumentsView>> stream() {
        return live.stream(new FetchInstrumentsQuery(), InstrumentsView.class, "instruments");
    }
}
