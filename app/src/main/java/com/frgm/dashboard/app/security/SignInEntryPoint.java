package com.frgm.dashboard.app.security;

import com.frgm.dashboard.ui.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What a request without (valid) credentials gets: a page is sent to the sign-in page; an API
 * call, a stream or the actuator gets a 401 problem. The {@code Basic} challenge goes only to
 * clients that are not browsers (no {@code Sec-Fetch-Mode}): a browser that saw it would show its
 * own password dialog and then send the cached credentials with every request, cross-site ones
 * included, which is what the session cookie and its CSRF token are there to avoid.
 */
final class SignInEntryPoint implements ServerAuthenticationEntryPoint {

    static final String LOGIN_PAGE = "/login";
    static final String BROWSER_HEADER = "Sec-Fetch-Mode";

    private final ProblemWriter problems;
    private final RedirectServerAuthenticationEntryPoint toSignInPage =
            new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE);

    SignInEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        ServerHttpRequest request = exchange.getRequest();
        if (isPage(request)) {
            // Saves the request, so that signing in leads back to the page asked for.
            return toSignInPage.commence(exchange, failure);
        }
        if (!request.getHeaders().containsKey(BROWSER_HEADER)) {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"frgm-dashboard\"");
        }
        return problems.write(exchange, Problems.signInRequired());
    }

    /** A page: a GET outside the APIs and the actuator that is not a script, a style sheet or a library. */
    static boolean isPage(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        return HttpMethod.GET.equals(request.getMethod())
                && !path.startsWith("/api/")
                && !path.startsWith("/actuator")
                && !path.startsWith("/webjars/")
                && !path.endsWith(".js")
                && !path.endsWith(".css");
    }
}
