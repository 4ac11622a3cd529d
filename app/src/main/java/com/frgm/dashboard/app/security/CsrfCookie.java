package com.frgm.dashboard.app.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes the CSRF token exist before the page's scripts need it. Spring creates the token (and so
 * its {@code XSRF-TOKEN} cookie) only when something asks for it; the pages are static files that
 * never do, so this asks on every request, and the cookie is there when a page first loads.
 */
final class CsrfCookie implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
    }
}
