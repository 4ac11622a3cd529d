package com.frgm.dashboard.app.security;

import com.frgm.dashboard.ui.problem.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A signed-in user refused: a role that does not reach the route, or a request without the CSRF token. */
final class DeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    DeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        if (denied instanceof CsrfException) {
            return problems.write(exchange, Problems.csrfRefused());
        }
        return problems.write(
                exchange,
                Problems.forbidden(
                        "Your role does not allow " + exchange.getRequest().getMethod() + " "
                                + exchange.getRequest().getPath().value() + "."));
    }
}
