package com.frgm.dashboard.ui.audit;

import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.ui.InstantParameter;
import com.frgm.dashboard.ui.ladder.InstrumentNames;
import com.frgm.dashboard.ui.query.Queries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What the dashboard showed at an instant: ladder, working orders and positions rebuilt by
 * replaying the event store up to {@code at} (docs/adr/0010). A bad {@code at} or instrument is
 * a {@code bad-parameter} problem before any replay starts.
 */
@RestController
class AuditController {

    private final Queries queries;

    AuditController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/audit/state", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<StateAtView> state(@RequestParam String at, @RequestParam(required = false) String instrument) {
        FetchStateAtQuery query = new FetchStateAtQuery(InstantParameter.parse("at", at),
                instrument == null ? null : InstrumentNames.requireValid("instrument", instrument));
        return queries.query(query, StateAtView.class);
    }
}
