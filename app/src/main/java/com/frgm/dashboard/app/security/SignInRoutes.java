package com.frgm.dashboard.app.security;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The sign-in page ({@code static/login.html} of the ui module), what it offers, and who is signed in. */
final class SignInRoutes {

    private static final Resource LOGIN_PAGE = new ClassPathResource("static/login.html");

    private SignInRoutes() {}

    static RouterFunction<ServerResponse> routes(SignInOptions options) {
        return RouterFunctions.route(
                        GET(SignInEntryPoint.LOGIN_PAGE),
                        request -> ServerResponse.ok()
                                .contentType(MediaType.TEXT_HTML)
                                .bodyValue(LOGIN_PAGE))
                .andRoute(
                        GET("/login/options"),
                        request -> ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(options))
                .andRoute(
                        GET("/api/me"),
                        request -> request.principal()
                                .cast(Authentication.class)
                                .flatMap(user -> ServerResponse.ok()
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .bodyValue(new SignedInUser(user.getName(), roles(user)))));
    }

    private static List<String> roles(Authentication user) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()).toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
    }
}
