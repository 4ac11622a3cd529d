package com.frgm.dashboard.ui.feeds;

import com.frgm.dashboard.api.feeds.FeedHealthView;
import com.frgm.dashboard.api.feeds.FetchFeedHealthQuery;
import com.frgm.dashboard.ui.query.Queries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Every feed's health: last file, files and rows per minute, rejects, ingest lag, stalled or not. */
@RestController
class FeedsController {

    private final Queries queries;

    FeedsController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/feeds", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<FeedHealthView> feeds() {
        return queries.query(new FetchFeedHealthQuery(), FeedHealthView.class);
    }
}
