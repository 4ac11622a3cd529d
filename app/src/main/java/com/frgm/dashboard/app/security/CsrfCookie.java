package com.frgm.dashboard.app.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes the CSRF token exist before the page's scripts need it. Spring creates the token (and so
 * its {@code XSRF-TOKEN} cookie) only when something asks for it; the pages are static files that
 * never do, so this asks whenever a page loads, and the cookie is there for its scripts.
 */
final class CsrfCookie implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (SignInEntryPoint.isPage(exchange.getRequest())) {
            Mono<CsrfToken> token = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
            return token.then(chain.filter(exchange));
        }
        return chain.filter(exchange);
    }
}
