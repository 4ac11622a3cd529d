package com.frgm.dashboard.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.app.security.Access;
import com.frgm.dashboard.app.security.AccessRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;

/**
 * Every route the running application serves (controllers, actuator endpoints, router functions,
 * static files) is listed here with the role it needs, and the access rules give it exactly that
 * (ADR 0021). A new route fails this test until it is listed, and so gets a decision rather than
 * the rules' default refusal.
 */
class RouteInventoryIT {

    /** Method and path (path variables as written in the mapping) to the access the route must have. */
    private static final Map<String, Access> INVENTORY = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /", Access.VIEWER),
            Map.entry("GET /actuator", Access.OPERATOR),
            Map.entry("GET /actuator/health", Access.VIEWER),
            Map.entry("GET /actuator/health/{*path}", Access.OPERATOR),
            Map.entry("GET /actuator/health/liveness", Access.OPEN),
            Map.entry("GET /actuator/health/readiness", Access.OPEN),
            Map.entry("GET /actuator/info", Access.VIEWER),
            Map.entry("GET /actuator/metrics", Access.OPERATOR),
            Map.entry("GET /actuator/metrics/{requiredMetricName}", Access.OPERATOR),
            Map.entry("GET /actuator/deadletters/{group}", Access.OPERATOR),
            Map.entry("POST /actuator/deadletters/{group}", Access.OPERATOR),
            Map.entry("GET /api/audit/state", Access.OPERATOR),
            Map.entry("GET /api/replay/stream", Access.OPERATOR),
            Map.entry("GET /api/replay/marks", Access.OPERATOR),
            Map.entry("GET /api/replay/diff", Access.OPERATOR),
            Map.entry("GET /replay", Access.OPERATOR),
            Map.entry("GET /api/operations/log", Access.OPERATOR),
            Map.entry("GET /api/projections", Access.OPERATOR),
            Map.entry("GET /api/projections/{name}", Access.OPERATOR),
            Map.entry("POST /api/projections/{name}/rebuild", Access.OPERATOR),
            Map.entry("DELETE /api/projections/{name}/rebuild", Access.OPERATOR),
            Map.entry("GET /api/feeds", Access.VIEWER),
            Map.entry("GET /api/history/{instrument}", Access.VIEWER),
            Map.entry("GET /api/instruments", Access.VIEWER),
            Map.entry("GET /api/instruments/stream", Access.VIEWER),
            Map.entry("GET /api/ladder/{instrument}", Access.VIEWER),
            Map.entry("GET /api/ladder/{instrument}/stream", Access.VIEWER),
            Map.entry("GET /api/live-positions", Access.VIEWER),
            Map.entry("GET /api/me", Access.VIEWER),
            Map.entry("GET /api/orders/{instrument}", Access.VIEWER),
            Map.entry("GET /api/orders/{instrument}/stream", Access.VIEWER),
            Map.entry("GET /api/orders/{orderId}/history", Access.VIEWER),
            Map.entry("GET /api/positions/{account}", Access.VIEWER),
            Map.entry("GET /api/risk", Access.VIEWER),
            Map.entry("GET /api/risk/limits", Access.VIEWER),
            Map.entry("GET /api/risk/limits/stream", Access.VIEWER),
            Map.entry("GET /api/risk/pnl", Access.VIEWER),
            Map.entry("GET /api/risk/positions", Access.VIEWER),
            Map.entry("GET /api/risk/positions/stream", Access.VIEWER),
            Map.entry("GET /api/risk/stream", Access.VIEWER),
            Map.entry("GET /api/ui-config", Access.VIEWER),
            Map.entry("GET /login", Access.OPEN),
            Map.entry("GET /login/options", Access.OPEN),
            Map.entry("GET /login.css", Access.OPEN),
            Map.entry("GET /login.html", Access.VIEWER),
            Map.entry("GET /login.js", Access.OPEN),
            Map.entry("GET /csrf.js", Access.OPEN),
            Map.entry("GET /operations.html", Access.OPERATOR),
            Map.entry("GET /operations.js", Access.OPERATOR),
            Map.entry("GET /operations.css", Access.VIEWER),
            Map.entry("GET /projections.js", Access.VIEWER),
            Map.entry("GET /banner.js", Access.VIEWER),
            Map.entry("GET /index.html", Access.VIEWER),
            Map.entry("GET /instruments.html", Access.VIEWER),
            Map.entry("GET /instruments.js", Access.VIEWER),
            Map.entry("GET /ladder-format.js", Access.VIEWER),
            Map.entry("GET /ladder-view.js", Access.VIEWER),
            Map.entry("GET /replay.html", Access.OPERATOR),
            Map.entry("GET /replay.js", Access.VIEWER),
            Map.entry("GET /replay.css", Access.VIEWER),
            Map.entry("GET /replay-timeline.js", Access.VIEWER),
            Map.entry("GET /ladder.css", Access.VIEWER),
            Map.entry("GET /ladder.js", Access.VIEWER),
            Map.entry("GET /pnl-chart.js", Access.VIEWER),
            Map.entry("GET /price-chart.js", Access.VIEWER),
            Map.entry("GET /risk-format.js", Access.VIEWER),
            Map.entry("GET /risk.css", Access.VIEWER),
            Map.entry("GET /risk.html", Access.VIEWER),
            Map.entry("GET /risk.js", Access.VIEWER),
            Map.entry("GET /session.js", Access.VIEWER),
            Map.entry("GET /webjars/**", Access.VIEWER)));

    @TempDir
    static Path dataDir;

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyServedRouteIsListedWithItsRoleAndTheRulesGiveItExactlyThat() throws IOException {
        Set<String> served = servedRoutes();
        assertThat(served).as("routes the application serves").hasSizeGreaterThan(40);
        assertThat(new TreeSet<>(served))
                .as("served routes missing from the inventory (add each with its role, and " + "a rule in AccessRules)")
                .isSubsetOf(INVENTORY.keySet());
        assertThat(INVENTORY.keySet())
                .as("inventory entries the application no longer serves")
                .isSubsetOf(served);
        Map<String, Access> granted = new TreeMap<>();
        for (String route : served) {
            String[] parts = route.split(" ", 2);
            granted.put(
                    route,
                    AccessRules.ruleFor(HttpMethod.valueOf(parts[0]), concrete(parts[1]))
                            .map(AccessRules.Rule::access)
                            .orElse(Access.NOBODY));
        }
        assertThat(granted).isEqualTo(INVENTORY);
    }

    /** A path that the route's pattern matches: a value for each variable, one segment for {@code **}. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", "X1").replace("**", "X1");
    }

    private Set<String> servedRoutes() throws IOException {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : app.context
                .getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<HttpMethod> methods = info.getMethodsCondition().getMethods().stream()
                        .map(method -> HttpMethod.valueOf(method.name()))
                        .collect(Collectors.toSet());
                for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                    for (HttpMethod method : methods.isEmpty() ? Set.of(HttpMethod.GET) : methods) {
                        routes.add(method.name() + " " + pattern.getPatternString());
                    }
                }
            }
        }
        for (RouterFunctionMapping mapping :
                app.context.getBeansOfType(RouterFunctionMapping.class).values()) {
            if (mapping.getRouterFunction() != null) {
                mapping.getRouterFunction().accept(new Routes(routes));
            }
        }
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:static/*")) {
            routes.add("GET /" + resource.getFilename());
        }
        routes.add("GET /webjars/**");
        // The health groups answer under the health endpoint's own mapping, each at its own path.
        for (String group : app.context.getBean(HealthEndpointGroups.class).getNames()) {
            routes.add("GET /actuator/health/" + group);
        }
        return routes;
    }

    /** Collects method and path of each route of a router function. */
    private record Routes(Set<String> routes) implements RouterFunctions.Visitor {

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
            List<String> methods = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            predicate.accept(new Predicates(methods, paths));
            for (String path : paths) {
                for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                    routes.add(method + " " + path);
                }
            }
        }

        @Override
        public void startNested(RequestPredicate predicate) {}

        @Override
        public void endNested(RequestPredicate predicate) {}

        @Override
        public void resources(Function<ServerRequest, Mono<Resource>> lookupFunction) {}

        @Override
        public void attributes(Map<String, Object> attributes) {}

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
            throw new IllegalStateException("a router function this test cannot read: " + routerFunction);
        }
    }

    private record Predicates(List<String> methods, List<String> paths) implements RequestPredicates.Visitor {

        @Override
        public void method(Set<HttpMethod> httpMethods) {
            httpMethods.forEach(method -> methods.add(method.name()));
        }

        @Override
        public void path(String pattern) {
            paths.add(pattern);
        }

        @Override
        public void pathExtension(String extension) {}

        @Override
        public void header(String name, String value) {}

        @Override
        public void queryParam(String name, String value) {}

        @Override
        public void startAnd() {}

        @Override
        public void and() {}

        @Override
        public void endAnd() {}

        @Override
        public void startOr() {}

        @Override
        public void or() {}

        @Override
        public void endOr() {}

        @Override
        public void startNegate() {}

        @Override
        public void endNegate() {}

        @Override
        public void unknown(RequestPredicate predicate) {}
    }
}
