package com.frgm.dashboard.app.security;

import com.frgm.dashboard.ui.problem.Problems;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-user caps on what holds the node's resources for long: open event streams and running
 * point-in-time replays ({@code frgm.security.limits.*}). Beyond a cap the request is a 429
 * problem with {@code Retry-After}; a slot is given back when its response ends, however it
 * ends (completed, failed, or the client gone). Per node: behind a load balancer a user's
 * streams spread over nodes, so a cap is the most one node gives one user.
 */
final class UserLimits implements WebFilter {

    private final SecurityProperties.Limits limits;
    private final ProblemWriter problems;
    private final Map<String, AtomicInteger> streams = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> replays = new ConcurrentHashMap<>();

    UserLimits(SecurityProperties.Limits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (isReplay(path)) {
            return capped(exchange, chain, replays, limits.replays(), "running replays");
        }
        if (isStream(path)) {
            return capped(exchange, chain, streams, limits.streams(), "open event streams");
        }
        return chain.filter(exchange);
    }

    static boolean isStream(String path) {
        return path.startsWith("/api/") && path.endsWith("/stream");
    }

    /** Point in time and the replay page's replays (its stream too: it is a replay first). */
    static boolean isReplay(String path) {
        return path.startsWith("/api/audit/") || path.startsWith("/api/replay/");
    }

    private Mono<Void> capped(
            ServerWebExchange exchange, WebFilterChain chain, Map<String, AtomicInteger> counts, int cap, String what) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .defaultIfEmpty("")
                .flatMap(user -> {
                    AtomicInteger count = counts.computeIfAbsent(user, name -> new AtomicInteger());
                    if (count.incrementAndGet() > cap) {
                        count.decrementAndGet();
                        exchange.getResponse()
                                .getHeaders()
                                .set(
                                        HttpHeaders.RETRY_AFTER,
                                        Long.toString(
                                                Math.max(1, limits.retryAfter().toSeconds())));
                        return problems.write(
                                exchange,
                                Problems.tooMany("You have " + cap + " " + what
                                        + " on this node, the most one user may; close one or try again later."));
                    }
                    return chain.filter(exchange).doFinally(signal -> count.decrementAndGet());
                });
    }
}
