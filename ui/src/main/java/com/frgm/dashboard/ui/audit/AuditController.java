package com.frgm.dashboard.ui.audit;

import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.ReplayClock;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.ui.BadParameterException;
import com.frgm.dashboard.ui.InstantParameter;
import com.frgm.dashboard.ui.ladder.InstrumentNames;
import com.frgm.dashboard.ui.query.Queries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What the dashboard showed at an instant ({@code at}, the desk's clock: when events were
 * stored) or what the market was ({@code feedTime}, the feed's clock: when the feed stamped
 * them): ladder, working orders, positions, limit breaches and feeds, rebuilt from the nearest
 * checkpoint and the events after it (docs/adr/0010, 0022). Exactly one of the two is given; a
 * bad instant or instrument is a {@code bad-parameter} problem before any replay starts.
 */
@RestController
class AuditController {

    private final Queries queries;

    AuditController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/audit/state", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<StateAtView> state(
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String feedTime,
            @RequestParam(required = false) String instrument) {
        if ((at == null) == (feedTime == null)) {
            throw new BadParameterException(
                    at == null ? "at" : "feedTime",
                    "give exactly one of at (the desk's clock) and feedTime (the feed's clock)");
        }
        FetchStateAtQuery query = at != null
                ? new FetchStateAtQuery(InstantParameter.parse("at", at), instrument(instrument), ReplayClock.DESK)
                : new FetchStateAtQuery(
                        InstantParameter.parse("feedTime", feedTime), instrument(instrument), ReplayClock.FEED);
        return queries.query(query, StateAtView.class);
    }

    private static String instrument(String instrument) {
        return instrument == null ? null : InstrumentNames.requireValid("instrument", instrument);
    }
}
