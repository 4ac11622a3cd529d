package com.frgm.dashboard.app.operations;

import com.frgm.dashboard.api.operations.OperatorActions;
import java.security.Principal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Records every operator action made over HTTP once its answer is known: dead letters retried
 * ({@code POST /actuator/deadletters/{group}}), a point-in-time replay ({@code GET /api/audit/**})
 * and projection rebuilds started or cancelled ({@code POST}/{@code DELETE /api/projections/**}).
 * Runs after the security chain (order 0, behind its -100), so only requests the rules let
 * through reach it, with their user. A failure to record is logged and never fails the action.
 */
@Component
@Order(0)
class OperatorActionFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(OperatorActionFilter.class);

    private final OperatorActionLog actions;

    OperatorActionFilter(OperatorActionLog actions) {
        this.actions = actions;
    }

    /** What this request does, and to what, if it is an operator action. */
    record Action(String name, String target) {}

    static Optional<Action> actionOf(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        HttpMethod method = request.getMethod();
        if (HttpMethod.POST.equals(method) && path.startsWith("/actuator/deadletters/")) {
            return Optional.of(new Action(
                    OperatorActions.DEAD_LETTERS_RETRIED, path.substring("/actuator/deadletters/".length())));
        }
        if (HttpMethod.GET.equals(method) && path.startsWith("/api/audit/")) {
            String query = request.getURI().getRawQuery();
            return Optional.of(new Action(
                    OperatorActions.REPLAY_RUN,
                    path.substring("/api/audit/".length()) + (query == null ? "" : "?" + query)));
        }
        if (path.startsWith("/api/projections/")
                && (HttpMethod.POST.equals(method) || HttpMethod.DELETE.equals(method))) {
            return Optional.of(new Action(
                    HttpMethod.POST.equals(method)
                            ? OperatorActions.REBUILD_STARTED
                            : OperatorActions.REBUILD_CANCELLED,
                    path.substring("/api/projections/".length())));
        }
        return Optional.empty();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<Action> action = actionOf(exchange.getRequest());
        if (action.isEmpty()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .defaultIfEmpty("anonymous")
                .flatMap(operator -> chain.filter(exchange)
                        .then(Mono.defer(() -> record(
                                operator,
                                action.get(),
                                outcome(exchange.getResponse().getStatusCode()))))
                        .onErrorResume(failure ->
                                record(operator, action.get(), "failed").then(Mono.error(failure))));
    }

    static String outcome(HttpStatusCode status) {
        if (status == null || status.is2xxSuccessful()) {
            return "succeeded (" + (status == null ? 200 : status.value()) + ")";
        }
        return (status.is4xxClientError() ? "refused (" : "failed (") + status.value() + ")";
    }

    private Mono<Void> record(String operator, Action action, String outcome) {
        return Mono.fromRunnable(() -> actions.record(operator, action.name(), action.target(), outcome))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(failure -> {
                    log.error(
                            "Could not record {} of {} by {} ({})",
                            action.name(),
                            action.target(),
                            operator,
                            outcome,
                            failure);
                    return Mono.empty();
                })
                .then();
    }
}
