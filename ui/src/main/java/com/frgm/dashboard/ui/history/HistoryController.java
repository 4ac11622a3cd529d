package com.frgm.dashboard.ui.history;

import com.frgm.dashboard.api.history.FetchOrderHistoryQuery;
import com.frgm.dashboard.api.history.FetchPositionHistoryQuery;
import com.frgm.dashboard.api.history.FetchQuoteHistoryQuery;
import com.frgm.dashboard.api.history.HistoryPage;
import com.frgm.dashboard.ui.BadParameterException;
import com.frgm.dashboard.ui.query.Queries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The DynamoDB history, paged: {@code limit} rows (default 100, at most 1000) and a {@code next}
 * cursor to pass back as {@code cursor}. Parameters are checked here and refused with a
 * {@code bad-parameter} problem (400) naming the parameter.
 */
@RestController
public class HistoryController {

    /** The range when {@code from}/{@code to} are left out: the hour up to now. */
    static final Duration DEFAULT_RANGE = Duration.ofHours(1);

    private final Queries queries;
    private final Clock clock;

    HistoryController(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping(path = "/api/history/{instrument}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<HistoryPage> quotes(
            @PathVariable String instrument,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        return Mono.fromSupplier(() -> {
                    Instant end = HistoryParameters.instant("to", to, clock.instant());
                    Instant start = HistoryParameters.instant("from", from, end.minus(DEFAULT_RANGE));
                    if (start.isAfter(end)) {
                        throw new BadParameterException("from", "from (" + start + ") is after to (" + end + ")");
                    }
                    return new FetchQuoteHistoryQuery(
                            HistoryParameters.name("instrument", instrument),
                            start,
                            end,
                            HistoryParameters.limit(limit),
                            HistoryParameters.cursor(cursor));
                })
                .flatMap(query -> queries.query(query, HistoryPage.class));
    }

    @GetMapping(path = "/api/positions/{account}", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<HistoryPage> positions(
            @PathVariable String account,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        return Mono.fromSupplier(() -> new FetchPositionHistoryQuery(
                        HistoryParameters.name("account", account),
                        HistoryParameters.date(date),
                        HistoryParameters.limit(limit),
                        HistoryParameters.cursor(cursor)))
                .flatMap(query -> queries.query(query, HistoryPage.class));
    }

    /** Beside {@code /api/orders/{instrument}/stream}: a different last segment, so no clash. */
    @GetMapping(path = "/api/orders/{orderId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<HistoryPage> order(
            @PathVariable String orderId,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        return Mono.fromSupplier(() -> new FetchOrderHistoryQuery(
                        HistoryParameters.name("orderId", orderId),
                        HistoryParameters.limit(limit),
                        HistoryParameters.cursor(cursor)))
                .flatMap(query -> queries.query(query, HistoryPage.class));
    }
}
