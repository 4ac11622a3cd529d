package com.frgm.dashboard.ui.risk;

import com.frgm.dashboard.api.risk.FetchPnlHistoryQuery;
import com.frgm.dashboard.api.risk.FetchPositionBookQuery;
import com.frgm.dashboard.api.risk.FetchRiskLimitsQuery;
import com.frgm.dashboard.api.risk.FetchRiskQuery;
import com.frgm.dashboard.api.risk.PnlHistoryView;
import com.frgm.dashboard.api.risk.PositionBookView;
import com.frgm.dashboard.api.risk.RiskLimitsView;
import com.frgm.dashboard.api.risk.RiskView;
import com.frgm.dashboard.ui.ladder.InstrumentNames;
import com.frgm.dashboard.ui.live.LiveViews;
import com.frgm.dashboard.ui.query.Queries;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Risk per account and underlying, positions, limits and the P&amp;L through the day: each once as
 * JSON and (but the P&amp;L history) live as server-sent events. {@code account} narrows to one
 * account; omitted, every account. docs/risk.md gives the arithmetic.
 */
@RestController
class RiskController {

    private final Queries queries;
    private final LiveViews live;

    RiskController(Queries queries, LiveViews live) {
        this.queries = queries;
        this.live = live;
    }

    @GetMapping(path = "/api/risk", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<RiskView> risk(@RequestParam(required = false) String account) {
        return queries.query(new FetchRiskQuery(valid(account)), RiskView.class);
    }

    @GetMapping(path = "/api/risk/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<RiskView>> riskStream(@RequestParam(required = false) String account) {
        return live.stream(new FetchRiskQuery(valid(account)), RiskView.class, "risk");
    }

    @GetMapping(path = "/api/risk/positions", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PositionBookView> positions(@RequestParam(required = false) String account) {
        return queries.query(new FetchPositionBookQuery(valid(account)), PositionBookView.class);
    }

    @GetMapping(path = "/api/risk/positions/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<PositionBookView>> positionsStream(@RequestParam(required = false) String account) {
        return live.stream(new FetchPositionBookQuery(valid(account)), PositionBookView.class, "positions");
    }

    @GetMapping(path = "/api/risk/limits", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<RiskLimitsView> limits() {
        return queries.query(new FetchRiskLimitsQuery(), RiskLimitsView.class);
    }

    /** What every page's banner listens to. */
    @GetMapping(path = "/api/risk/limits/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<RiskLimitsView>> limitsStream() {
        return live.stream(new FetchRiskLimitsQuery(), RiskLimitsView.class, "limits");
    }

    @GetMapping(path = "/api/risk/pnl", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PnlHistoryView> pnl(@RequestParam(required = false) String account) {
        return queries.query(new FetchPnlHistoryQuery(valid(account)), PnlHistoryView.class);
    }

    private static String valid(String account) {
        return account == null ? null : InstrumentNames.requireValid("account", account);
    }
}
