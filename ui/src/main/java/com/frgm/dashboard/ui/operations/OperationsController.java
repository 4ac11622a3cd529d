package com.frgm.dashboard.ui.operations;

import com.frgm.dashboard.api.operations.FetchOperationsLogQuery;
import com.frgm.dashboard.api.operations.OperationsLogView;
import com.frgm.dashboard.ui.BadParameterException;
import com.frgm.dashboard.ui.query.Queries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The operators' own log: who retried, replayed or rebuilt what, when, and how it went (ADR 0021). */
@RestController
class OperationsController {

    static final int MAX_LIMIT = 500;

    private final Queries queries;

    OperationsController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/operations/log", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<OperationsLogView> log(@RequestParam(defaultValue = "100") String limit) {
        return queries.query(new FetchOperationsLogQuery(limit(limit)), OperationsLogView.class);
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below, with the rule
        }
        throw new BadParameterException(
                "limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value + "'");
    }
}
