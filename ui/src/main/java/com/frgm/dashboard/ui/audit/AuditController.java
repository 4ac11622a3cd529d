package com.frgm.dashboard.ui.audit;

import com.frgm.dashboard.api.audit.FetchStateAtQuery;
import com.frgm.dashboard.api.audit.StateAtView;
import com.frgm.dashboard.ui.InstantParameter;
import com.frgm.dashboard.ui.ladder.InstrumentNames;
import com.frgm.dashboard.ui.query.Queries;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What the dashboard showed at an instant: ladder, working orders and positions rebuilt by
 * replaying the event store up to {@code at} (docs/adr/0010).
 */
@RestController
class AuditController {

    private final Queries queries;

    AuditController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/audit/state", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> state(@RequestParam String at, @RequestParam(required = false) String instrument) {
        Instant instant;
        try {
            instant = InstantParameter.parse("at", at);
        } catch (IllegalArgumentException e) {
            return Mono.just(ResponseEntity.badRequest().body(Map.of("error", e.getMessage())));
        }
        String name;
        try {
            name = instrument == null ? null : InstrumentNames.requireValid(instrument);
        } catch (RuntimeException e) {
            return Mono.just(ResponseEntity.badRequest().body(Map.of("error", e.getMessage())));
        }
        return queries.query(new FetchStateAtQuery(instant, name), StateAtView.class)
                .map(view -> ResponseEntity.ok().body(view));
    }
}
