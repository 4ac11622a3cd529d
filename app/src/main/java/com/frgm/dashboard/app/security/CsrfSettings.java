package com.frgm.dashboard.app.security;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

/**
 * CSRF protection for the session cookie. The token travels in a cookie the pages' scripts can
 * read ({@code XSRF-TOKEN}, SameSite=Strict) and comes back as the {@code X-XSRF-TOKEN} header
 * (fetch) or the {@code _csrf} field (forms). It is compared as it is, without Spring's
 * per-request masking, which only matters for tokens written into HTML bodies; these pages are
 * static. A request with its own {@code Authorization} header (a script, the CLI) needs no token,
 * unless a browser sent it from another site ({@code Sec-Fetch-Site}), which is how credentials a
 * browser cached would travel.
 */
final class CsrfSettings {

    static final String COOKIE = "XSRF-TOKEN";
    private static final List<String> FOREIGN_SITES = List.of("cross-site", "same-site");

    private CsrfSettings() {}

    static ServerCsrfTokenRepository repository() {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(COOKIE);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return repository;
    }

    static ServerCsrfTokenRequestHandler requestHandler() {
        return new ServerCsrfTokenRequestAttributeHandler();
    }

    static ServerWebExchangeMatcher required() {
        return exchange -> CsrfWebFilter.DEFAULT_CSRF_MATCHER
                .matches(exchange)
                .flatMap(match -> match.isMatch() && !isScript(exchange.getRequest())
                        ? MatchResult.match()
                        : MatchResult.notMatch());
    }

    private static boolean isScript(ServerHttpRequest request) {
        String site = request.getHeaders().getFirst("Sec-Fetch-Site");
        return request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)
                && (site == null || !FOREIGN_SITES.contains(site));
    }
}
