package com.frgm.dashboard.ui.feeds;

import com.frgm.dashboard.api.feeds.FeedHealthView;
import com.frgm.dashboard.api.feeds.FetchFeedHealthQuery;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Every feed's health: last file, files and rows per minute, rejects, ingest lag, stalled or not. */
@RestController
class FeedsController {

    private final ReactorQueryGateway queryGateway;

    FeedsController(ReactorQueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping(path = "/api/feeds", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FeedHealthView> feeds() {
        return queryGateway.query(new FetchFeedHealthQuery(), FeedHealthView.class);
    }
}
