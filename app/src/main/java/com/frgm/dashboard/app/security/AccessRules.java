package com.frgm.dashboard.app.security;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route the application serves and who may use it (ADR 0021), first match wins; what no
 * rule names is refused. {@code RouteInventoryTest} fails the build when a served route has no
 * rule here.
 */
public final class AccessRules {

    /** A method (null for any) and a path pattern. */
    public record Rule(HttpMethod method, String pattern, Access access) {

        boolean matches(HttpMethod requestMethod, String path) {
            return (method == null || method.equals(requestMethod))
                    && PARSER.parse(pattern).matches(PathContainer.parsePath(path));
        }
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final HttpMethod GET = HttpMethod.GET;
    private static final HttpMethod POST = HttpMethod.POST;

    public static final List<Rule> RULES = List.of(
            // The load balancer's and the orchestrator's probes: status only, the groups show no details.
            new Rule(GET, "/actuator/health/liveness", Access.OPEN),
            new Rule(GET, "/actuator/health/readiness", Access.OPEN),
            // The sign-in page, what it loads, and the sign-in itself (form and OpenID Connect).
            new Rule(GET, "/login", Access.OPEN),
            new Rule(POST, "/login", Access.OPEN),
            new Rule(GET, "/login/options", Access.OPEN),
            new Rule(GET, "/login.js", Access.OPEN),
            new Rule(GET, "/login.css", Access.OPEN),
            new Rule(GET, "/csrf.js", Access.OPEN),
            new Rule(GET, "/oauth2/authorization/{registration}", Access.OPEN),
            new Rule(GET, "/login/oauth2/code/{registration}", Access.OPEN),
            // Secrets and the process itself, whatever the exposure settings say.
            new Rule(null, "/actuator/env/**", Access.NOBODY),
            new Rule(null, "/actuator/configprops/**", Access.NOBODY),
            new Rule(null, "/actuator/heapdump/**", Access.NOBODY),
            new Rule(null, "/actuator/shutdown/**", Access.NOBODY),
            // Operators: dead letters, metrics, health in detail, point in time, rebuilds, the log.
            new Rule(null, "/actuator/deadletters/**", Access.OPERATOR),
            new Rule(GET, "/actuator/metrics/**", Access.OPERATOR),
            // The overall status for every viewer (details for operators only); each component for operators.
            new Rule(GET, "/actuator/health", Access.VIEWER),
            new Rule(GET, "/actuator/health/**", Access.OPERATOR),
            new Rule(GET, "/actuator", Access.OPERATOR),
            new Rule(GET, "/api/audit/**", Access.OPERATOR),
            new Rule(GET, "/api/replay/**", Access.OPERATOR),
            new Rule(GET, "/replay", Access.OPERATOR),
            new Rule(GET, "/replay.html", Access.OPERATOR),
            new Rule(null, "/api/projections/**", Access.OPERATOR),
            new Rule(GET, "/api/operations/**", Access.OPERATOR),
            new Rule(GET, "/operations.html", Access.OPERATOR),
            new Rule(GET, "/operations.js", Access.OPERATOR),
            // Viewers: the read APIs and streams, the pages.
            new Rule(GET, "/actuator/info", Access.VIEWER),
            new Rule(GET, "/api/**", Access.VIEWER),
            new Rule(POST, "/logout", Access.VIEWER),
            new Rule(GET, "/", Access.VIEWER),
            new Rule(GET, "/{page}.html", Access.VIEWER),
            new Rule(GET, "/{script}.js", Access.VIEWER),
            new Rule(GET, "/{sheet}.css", Access.VIEWER),
            new Rule(GET, "/webjars/**", Access.VIEWER));

    private AccessRules() {}

    /** The first rule for this request, if any. */
    public static Optional<Rule> ruleFor(HttpMethod method, String path) {
        return RULES.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }
}
